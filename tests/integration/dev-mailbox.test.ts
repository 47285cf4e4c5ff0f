/**
 * The development mailbox (/dev/mailbox): under `npm run dev` without SMTP_URL every mail is kept
 * in the database instead of sent — with its headers and attachments — listed newest first, and
 * its HTML and attachments served as a mail client would show them; anywhere but development
 * those answer 404. (The end-to-end tests read mail from a real SMTP server instead: e2e/mail.ts.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { mailboxAttachment, mailboxHtml } from "@/lib/mail/handlers";
import { getMailboxMessage, listMailbox, MAILBOX_PAGE_SIZE } from "@/lib/mail/queries";
import { mailboxMailer, type OutgoingMail } from "@/lib/mail/transport";
import { createTestDatabase, type TestDatabase } from "../support/db";

let t: TestDatabase;
const slot = globalThis as { __workplanDatabase?: DatabaseHandle };

beforeAll(async () => {
  t = await createTestDatabase();
  // The handlers reach the database through getDb(): this file's.
  slot.__workplanDatabase = t;
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});
afterEach(() => vi.unstubAllEnvs());

const mail = (n: number, extra: Partial<OutgoingMail> = {}): OutgoingMail => ({
  to: `person${n}@workplan.test`,
  subject: `Melding ${n}`,
  html: `<p>Hei ${n}</p>`,
  text: `Hei ${n}\n`,
  messageId: `<notification-${n}@workplan.example.org>`,
  ...extra,
});

describe("the development mailbox", () => {
  it("keeps each mail with its headers and attachments, newest first", async () => {
    const mailer = mailboxMailer(t.db, "Workplan <workplan@localhost>");
    expect(mailer.mode).toBe("mailbox");
    await mailer.send(mail(1));
    await mailer.send(
      mail(2, {
        inReplyTo: "<project-1@workplan.example.org>",
        references: ["<project-1@workplan.example.org>"],
        unsubscribeUrl: "https://workplan.example.org/unsubscribe/abc",
        attachments: [
          { filename: "invite.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR" },
        ],
      }),
    );
    await mailer.close();

    const { rows, total } = await listMailbox(t.db, 1);
    expect(total).toBe(2);
    expect(rows.map((r) => r.subject)).toEqual(["Melding 2", "Melding 1"]);
    expect(rows[0]?.recipient).toBe("person2@workplan.test");
    expect(await listMailbox(t.db, 2)).toEqual({ rows: [], total: 2 });
    expect(MAILBOX_PAGE_SIZE).toBeGreaterThan(2);

    const message = await getMailboxMessage(t.db, rows[0]?.id ?? "");
    expect(message).toMatchObject({
      recipient: "person2@workplan.test",
      subject: "Melding 2",
      html: "<p>Hei 2</p>",
      text: "Hei 2\n",
      headers: {
        From: "Workplan <workplan@localhost>",
        "Message-ID": "<notification-2@workplan.example.org>",
        "In-Reply-To": "<project-1@workplan.example.org>",
        References: "<project-1@workplan.example.org>",
        "List-Unsubscribe": "<https://workplan.example.org/unsubscribe/abc>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
      attachments: [
        { filename: "invite.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR" },
      ],
    });
    const plain = await getMailboxMessage(t.db, rows[1]?.id ?? "");
    expect(plain?.headers).toEqual({
      From: "Workplan <workplan@localhost>",
      "Message-ID": "<notification-1@workplan.example.org>",
    });
    expect(plain?.attachments).toEqual([]);
    expect(await getMailboxMessage(t.db, "not-a-uuid")).toBeNull();
    expect(await getMailboxMessage(t.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("serves a message's HTML and attachments in development only", async () => {
    await t.db.delete(s.mailboxMessages);
    await mailboxMailer(t.db, "Workplan <workplan@localhost>").send(
      mail(3, {
        attachments: [
          {
            filename: "møte invitasjon.ics",
            contentType: "text/calendar; charset=utf-8; method=REQUEST",
            content: "BEGIN:VCALENDAR",
          },
        ],
      }),
    );
    const [row] = (await listMailbox(t.db, 1)).rows;
    const id = row?.id ?? "";

    // Outside development (NODE_ENV=test here): nothing, before anything is read.
    expect((await mailboxHtml(id)).status).toBe(404);
    expect((await mailboxAttachment(id, "0")).status).toBe(404);

    vi.stubEnv("NODE_ENV", "development");
    const html = await mailboxHtml(id);
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await html.text()).toBe("<p>Hei 3</p>");

    const file = await mailboxAttachment(id, "0");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(file.headers.get("content-disposition")).toBe(
      'attachment; filename="m_te_invitasjon.ics"',
    );
    expect(await file.text()).toBe("BEGIN:VCALENDAR");

    expect((await mailboxAttachment(id, "1")).status).toBe(404);
    expect((await mailboxAttachment(id, "x")).status).toBe(404);
    expect((await mailboxHtml("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
