import { clsx } from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import type { InboxEntry } from "@/lib/notifications/types";
import { MarkReadButton } from "./mark-read-button";

/**
 * The reader's notifications, newest first: each a sentence in their language linking through
 * /inbox/<id> (which marks it read). Unread ones say so in words and stand out in weight and a
 * marker, never by colour alone. Plain links, not <Link>: following one writes, so it is never
 * prefetched.
 */
export function InboxList({ entries }: { entries: InboxEntry[] }) {
  const t = useTranslations("inbox");
  const format = useFormatter();
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface">
      {entries.map((entry) => {
        const textId = `notification-${entry.id}`;
        return (
          <li
            key={entry.id}
            className={clsx(
              "flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:gap-3 sm:p-4",
              !entry.read && "bg-accent-soft/40",
            )}
          >
            <div className="flex min-w-0 flex-1 gap-3">
              <span
                aria-hidden
                className={clsx(
                  "mt-1.5 size-2.5 shrink-0 rounded-full",
                  entry.read ? "border border-line" : "bg-accent",
                )}
              />
              <div className="min-w-0 flex-1 space-y-1">
                <p className="[overflow-wrap:anywhere]">
                  {entry.read ? null : (
                    <span className="mr-2 inline-block rounded border border-accent px-1.5 text-xs font-semibold uppercase tracking-wide text-accent-strong">
                      {t("unread")}
                    </span>
                  )}
                  <a
                    id={textId}
                    href={`/inbox/${entry.id}`}
                    className={clsx(
                      "underline decoration-line underline-offset-2 hover:decoration-accent",
                      entry.read ? "text-ink" : "font-semibold text-ink",
                    )}
                  >
                    {entry.text}
                  </a>
                </p>
                <p className="text-xs text-muted">
                  {entry.groupName ?? t("account")}
                  <span aria-hidden> · </span>
                  <time dateTime={entry.createdAt}>
                    {format.dateTime(new Date(entry.createdAt), {
                      dateStyle: "medium",
                      timeStyle: "short",
                    })}
                  </time>
                </p>
              </div>
            </div>
            {entry.read ? null : (
              <div className="self-end sm:self-start">
                <MarkReadButton id={entry.id} describedBy={textId} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
