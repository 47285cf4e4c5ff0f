"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { LanguageName } from "@/components/ui/language-options";
import { type Translator, translationFor } from "@/lib/projects/status-updates/rules";
import type { HistoryEntry } from "@/lib/projects/status-updates/types";
import type { Delegation, Locale } from "@/lib/vocabulary";
import { ConfirmationState } from "./confirmation-state";
import { formatMoment } from "./format";
import { UpdateChanges, WrittenText } from "./history-update";
import { UpdateText } from "./update-text";

interface Props {
  entries: HistoryEntry[];
  truncated: boolean;
  /** Where the reader gets more entries when some are left out; none: the most there is. */
  more?: { href: string; count: number };
  locale: Locale;
  /** The project's latest update: the only one that can await confirmation. */
  latestUpdateId: string | null;
  awaiting: Delegation | null;
  /** The confirm button, shown on the latest update to whoever may confirm it. */
  confirm?: ReactNode;
  /** Documents attached to updates as evidence, rendered by the page, by update id. */
  evidence?: Record<string, ReactNode>;
  /** The reader, when they may translate some updates' notes (the translate forms). */
  translator?: Translator;
  /** An update whose translate form stands elsewhere (the notice asking to confirm it). */
  translatedElsewhere?: string | null;
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
  return (
    <p className="by">
      <Icon name={entry.kind === "update" ? "refresh-cw" : "message-square"} className="mu" />
      <b>{kind}</b>
      <span aria-hidden className="mu">
        ·
      </span>
      <span>{entry.authorName}</span>
      <span className="mu">({t(`sides.${entry.side}`)})</span>
      <span aria-hidden className="mu">
        ·
      </span>
      <time dateTime={entry.createdAt} className="mu">
        {formatMoment(format, entry.createdAt)}
      </time>
      {foreign ? <LanguageName locale={foreign} className="lang" /> : null}
    </p>
  );
}

/**
 * Status updates and comments together, newest first (styles: .hist in app/globals.css). A
 * client component: the page's payload carries the entries' data, not their rendered markup.
 */
export function History({
  entries,
  truncated,
  more,
  locale,
  latestUpdateId,
  awaiting,
  confirm,
  evidence,
  translator,
  translatedElsewhere,
}: Props) {
  const t = useTranslations();
  if (!entries.length) return <p className="text-sm text-muted">{t("project.history.empty")}</p>;
  return (
    <>
      <ol className="hist">
        {entries.map((entry) => {
          const latest = entry.kind === "update" && entry.id === latestUpdateId;
          const lang = textLanguage(entry);
          // A note shown in its translation into the reader's language is marked as such instead.
          const translated = entry.kind === "update" && translationFor(entry, locale) !== null;
          const foreign = lang && lang !== locale && !translated ? lang : null;
          return (
            <li key={`${entry.kind}-${entry.id}`}>
              {entry.kind === "update" ? (
                <>
                  <Byline entry={entry} kind={t("project.history.update")} foreign={foreign} />
                  <UpdateChanges entry={entry} />
                  <UpdateText
                    entry={entry}
                    locale={locale}
                    translator={entry.id === translatedElsewhere ? undefined : translator}
                  />
                  {evidence?.[entry.id] ?? null}
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
          {more ? (
            <>
              {" "}
              <a href={more.href} className="text-accent-strong underline underline-offset-2">
                {t("project.history.showMore", { count: more.count })}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
