import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * The run's own mail server: every app server sends through it (SMTP_URL), and it counts what
 * arrives — each mail's Message-ID (a job's, stable across retries), to show that of several
 * servers' workers each notification was sent once.
 */
export class SmtpSink {
  private server?: SMTPServer;
  port = 0;
  /** Message-ID → how many times it arrived. */
  readonly received = new Map<string, number>();
  mails = 0;

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, _session, callback) => {
        let head = "";
        stream.on("data", (chunk: Buffer) => {
          if (!head.includes("\r\n\r\n")) head += chunk.toString("utf8");
        });
        stream.on("end", () => {
          const id = /^message-id:\s*(.+)$/im.exec(head.split("\r\n\r\n")[0] ?? "")?.[1]?.trim();
          this.mails++;
          const key = id ?? `(no Message-ID) ${this.mails}`;
          this.received.set(key, (this.received.get(key) ?? 0) + 1);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  duplicates(): number {
    return [...this.received.values()].filter((n) => n > 1).length;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
