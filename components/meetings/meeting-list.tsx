import { CheckSquare, FileText, ListOrdered } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/data-table";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import { phaseOf } from "@/lib/meetings/rules";
import type { MeetingSummary } from "@/lib/meetings/types";
import { formatDays } from "./format";
import { MeetingStateBadge } from "./state-badge";

interface Props {
  id: string;
  heading: string;
  empty: string;
  meetings: MeetingSummary[];
  basePath: string;
  locale: Locale;
}

/** One group of meetings (planned or held): what, when, where, in which state, with what in it. */
export function MeetingList({ id, heading, empty, meetings, basePath, locale }: Props) {
  const t = useTranslations("meetings");
  const format = useFormatter();
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {heading}
      </h2>
      {meetings.length ? (
        <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
          {meetings.map((m) => (
            <li
              key={m.id}
              className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6"
            >
              <div className="min-w-0 space-y-1">
                <h3 className="font-semibold">
                  <Link
                    href={`${basePath}/${m.number}`}
                    className="text-accent-strong underline-offset-2 hover:underline"
                  >
                    {t("ordinal", { number: m.number })}
                  </Link>
                </h3>
                <p className="text-sm text-muted">
                  <span className="whitespace-nowrap">
                    {formatDays(format, m.startsOn, m.endsOn)}
                  </span>
                  <span aria-hidden> · </span>
                  <LocalizedText value={pickLocalized(m.city, locale)} />
                  {", "}
                  {t(`countries.${m.country}`)}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm sm:justify-end">
                <MeetingStateBadge phase={phaseOf({ state: m.state, closedAt: m.closed })} />
                <Count
                  Icon={ListOrdered}
                  text={t("counts.agendaItems", { count: m.agendaItems })}
                />
                <Count Icon={FileText} text={t("counts.decisions", { count: m.decisions })} />
                <Count
                  Icon={CheckSquare}
                  text={t("counts.openActionItems", { count: m.openActionItems })}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState className="p-4 text-left">{empty}</EmptyState>
      )}
    </section>
  );
}

function Count({ Icon, text }: { Icon: typeof FileText; text: string }) {
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap text-muted">
      <Icon aria-hidden className="size-3.5 shrink-0" />
      {text}
    </span>
  );
}
