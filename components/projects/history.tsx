import { MessageSquare, RefreshCw } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Delegation, Locale } from "@/db/schema/enums";
import type { HistoryEntry } from "@/lib/projects/history";
import { ConfirmationState } from "./confirmation-state";
import { formatMoment } from "./format";
import { UpdateChanges, WrittenText } from "./history-update";

interface Props {
  entries: HistoryEntry[];
  truncated: boolean;
  locale: Locale;
  /** The project's latest update: the only one that can await confirmation. */
  latestUpdateId: string | null;
  awaiting: Delegation | null;
  /** The confirm button, shown on the latest update to whoever may confirm it. */
  confirm?: ReactNode;
}

/** The language the entry's text is written in, when it has text. */
function textLanguage(entry: HistoryEntry): Locale | null {
  if (entry.kind === "comment") return entry.locale;
  return entry.note || entry.nextSteps ? entry.locale : null;
}

function Byline({
  entry,
  kind,
  foreign,
}: {
  entry: HistoryEntry;
  kind: string;
  /** Set when the text is in another language than the reader's. */
  foreign: Locale | null;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const Icon = entry.kind === "update" ? RefreshCw : MessageSquare;
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm">
      <Icon aria-hidden className="size-4 shrink-0 text-muted" />
      <span className="font-semibold">{kind}</span>
      <span aria-hidden className="text-muted">
        ·
      </span>
      <span>{entry.authorName}</span>
      <span className="text-muted">({t(`sides.${entry.side}`)})</span>
      <span aria-hidden className="text-muted">
        ·
      </span>
      <time dateTime={entry.createdAt} className="text-muted">
        {formatMoment(format, entry.createdAt)}
      </time>
      {foreign ? (
        <span lang={foreign} className="rounded border border-line px-1 text-xs text-muted">
          {t(`languages.${foreign}`)}
        </span>
      ) : null}
    </p>
  );
}

/** Status updates and comments together, newest first. */
export function History({ entries, truncated, locale, latestUpdateId, awaiting, confirm }: Props) {
  const t = useTranslations();
  if (!entries.length) return <p className="text-sm text-muted">{t("project.history.empty")}</p>;
  return (
    <>
      <ol className="divide-y divide-line">
        {entries.map((entry) => {
          const latest = entry.kind === "update" && entry.id === latestUpdateId;
          const lang = textLanguage(entry);
          const foreign = lang && lang !== locale ? lang : null;
          return (
            <li key={`${entry.kind}-${entry.id}`} className="space-y-2 py-4">
              {entry.kind === "update" ? (
                <>
                  <Byline entry={entry} kind={t("project.history.update")} foreign={foreign} />
                  <UpdateChanges entry={entry} />
                  {entry.note ? <WrittenText text={entry.note} lang={entry.locale} /> : null}
                  {entry.nextSteps ? (
                    <WrittenText
                      text={entry.nextSteps}
                      lang={entry.locale}
                      label={t("fields.nextSteps")}
                    />
                  ) : null}
                  <ConfirmationState
                    confirmation={entry.confirmation}
                    awaiting={latest ? awaiting : null}
                  />
                  {latest && !entry.confirmation ? confirm : null}
                </>
              ) : (
                <>
                  <Byline entry={entry} kind={t("project.history.comment")} foreign={foreign} />
                  <WrittenText text={entry.body} lang={entry.locale} />
                </>
              )}
            </li>
          );
        })}
      </ol>
      {truncated ? (
        <p className="pt-2 text-sm text-muted">
          {t("project.history.truncated", { count: entries.length })}
        </p>
      ) : null}
    </>
  );
}
