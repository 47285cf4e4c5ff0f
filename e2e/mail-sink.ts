// The end-to-end run's mail server (started by playwright.config.ts, run with tsx): a real SMTP
// server the "mail server" app sends through, and a small HTTP interface the tests read what
// arrived from (e2e/mail.ts). Everything is kept in memory, for the run only.
//
//   tsx e2e/mail-sink.ts <smtp port> <http port>
//   (or MAIL_SINK_SMTP_PORT / MAIL_SINK_HTTP_PORT)
//
// GET /health → 200; GET /mails?to=ADDRESS → the mails to that address (every mail without
// `to`), newest first, as JSON. Recipients at the domains of e2e/mail-refusals.ts are refused
// with 550 (always, or the first time).
import { createServer } from "node:http";
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { REFUSAL, refuses } from "./mail-refusals";

export interface SunkMail {
  /** 1, 2, 3 … in the order the mails arrived: a test notes the last one to see only newer. */
  id: number;
  /** The envelope's recipients, lower case. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The mail's Date header (ISO). */
  date: string;
  messageId: string;
  /** When the sink received it (ISO). */
  receivedAt: string;
  /** The List-Unsubscribe header, when the mail carries one. */
  listUnsubscribe: string | null;
  attachments: { filename: string; contentType: string }[];
}

const portOf = (value: string | undefined, name: string) => {
  const port = Number(value);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535)
    throw new Error(`mail-sink: ${name} must be a port number, got ${JSON.stringify(value)}`);
  return port;
};

const smtpPort = portOf(process.argv[2] ?? process.env.MAIL_SINK_SMTP_PORT, "the SMTP port");
const httpPort = portOf(process.argv[3] ?? process.env.MAIL_SINK_HTTP_PORT, "the HTTP port");
const host = "127.0.0.1";

const mails: SunkMail[] = [];
/** Addresses at the refused-once domain already refused (e2e/mail-refusals.ts). */
const refusedOnce = new Set<string>();

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((a) => a.value)
    .map((a) => a.address?.toLowerCase() ?? "")
    .filter(Boolean);

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  size: 25 * 1024 * 1024,
  // A few reserved domains are refused for good, as a server refuses an unknown mailbox.
  onRcptTo: (address, _session, callback) => {
    if (!refuses(address.address, refusedOnce)) return callback();
    callback(Object.assign(new Error(REFUSAL.message), { responseCode: REFUSAL.code }));
  },
  onData: (stream, session, callback) => {
    simpleParser(stream)
      .then((parsed) => {
        const envelope = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        // The raw header: mailparser folds List-* headers into one structured "list" header.
        const unsubscribe = parsed.headerLines
          .find((h) => h.key === "list-unsubscribe")
          ?.line.replace(/^[^:]*:\s*/, "");
        mails.push({
          id: mails.length + 1,
          to: envelope.length ? envelope : addresses(parsed.to),
          from: addresses(parsed.from)[0] ?? "",
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
          date: (parsed.date ?? new Date()).toISOString(),
          messageId: parsed.messageId ?? "",
          receivedAt: new Date().toISOString(),
          listUnsubscribe: unsubscribe ?? null,
          attachments: parsed.attachments.map((a) => ({
            filename: a.filename ?? "",
            contentType: a.contentType,
          })),
        });
        callback();
      })
      .catch((error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error))),
      );
  },
});

const http = createServer((request, response) => {
  const url = new URL(request.url ?? "/", `http://${host}:${httpPort}`);
  const json = (status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(body));
  };
  if (request.method !== "GET") return json(405, { error: "GET only" });
  if (url.pathname === "/health") return json(200, { ok: true, mails: mails.length });
  if (url.pathname === "/mails") {
    const to = url.searchParams.get("to")?.trim().toLowerCase();
    const list = to ? mails.filter((m) => m.to.includes(to)) : mails;
    return json(200, list.toReversed());
  }
  return json(404, { error: "not found" });
});

smtp.on("error", (error) => console.error("mail-sink: SMTP error", error));
smtp.listen(smtpPort, host, () => {
  http.listen(httpPort, host, () =>
    console.info(`mail-sink: SMTP on ${host}:${smtpPort}, mails on http://${host}:${httpPort}`),
  );
});

const stop = () => {
  http.close();
  smtp.close(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
