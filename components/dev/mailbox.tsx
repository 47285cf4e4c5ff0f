import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TitledSection } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/data-table";
import type { MailboxEntry, MailboxMessage } from "@/lib/mail/types";

/** The frame of the development mailbox: what it is, and that it is not real mail. */
export async function MailboxFrame({
  title,
  children,
}: {
  title: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("devMailbox");
  return (
    <main className="mx-auto max-w-4xl space-y-4 px-4 py-8">
      <header className="space-y-1">
        <p className="text-sm font-semibold text-accent-strong">{t("label")}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="text-muted">{t("intro")}</p>
      </header>
      {children}
    </main>
  );
}

export async function MailboxList({ rows }: { rows: MailboxEntry[] }) {
  const t = await getTranslations("devMailbox");
  const format = await getFormatter();
  if (!rows.length) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-0.5 px-4 py-3 sm:flex-row sm:gap-4">
          <span className="shrink-0 text-sm text-muted sm:w-40">
            {format.dateTime(new Date(row.createdAt), { dateStyle: "short", timeStyle: "medium" })}
          </span>
          <span className="min-w-0 flex-1">
            <Link
              href={`/dev/mailbox/${row.id}`}
              className="font-medium text-accent-strong underline underline-offset-2"
            >
              {row.subject}
            </Link>
            <span className="block break-all text-sm text-muted">{row.recipient}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export async function MailboxMessageView({ message }: { message: MailboxMessage }) {
  const t = await getTranslations("devMailbox");
  return (
    <div className="space-y-4">
      <p>
        <Link href="/dev/mailbox" className="text-accent-strong underline underline-offset-2">
          {t("back")}
        </Link>
      </p>
      <dl className="grid gap-x-4 gap-y-1 rounded-lg border border-line bg-surface p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{t("to")}</dt>
        <dd className="break-all">{message.recipient}</dd>
        {Object.entries(message.headers).map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="font-medium">{name}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap gap-3">
        <a
          href={`/dev/mailbox/${message.id}/html`}
          className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-medium text-white"
        >
          {t("openHtml")}
        </a>
        {message.attachments.map((a, index) => (
          <a
            key={a.filename}
            href={`/dev/mailbox/${message.id}/attachments/${index}`}
            className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-4 font-medium"
          >
            {t("attachment", { name: a.filename })}
          </a>
        ))}
      </p>
      <TitledSection id="mail-text" title={t("text")} className="space-y-2">
        <pre className="whitespace-pre-wrap break-words rounded-lg border border-line bg-surface p-4 text-sm">
          {linkify(message.text)}
        </pre>
      </TitledSection>
    </div>
  );
}

/** Links in the plain text version, clickable as a mail client makes them. */
function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s)]+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
      <a key={index} href={part} className="text-accent-strong underline underline-offset-2">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
