import {
  CalendarDays,
  CalendarPlus,
  ChevronLeft,
  ChevronRight,
  Clock,
  FileText,
  MapPin,
  Pencil,
  ScrollText,
} from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClasses } from "@/components/ui/button";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import { cutoffOf, phaseOf } from "@/lib/meetings/rules";
import type { MeetingDetail } from "@/lib/meetings/types";
import { formatDays } from "./format";
import { MeetingStateBadge } from "./state-badge";

/**
 * Which meeting, when, where, in which state and by when updates are due; its documents and
 * calendar entry; whether its brief is out; the step a coordinator takes next.
 */
export function MeetingHeader({
  meeting,
  basePath,
  locale,
  canEdit,
  brief,
  controls,
}: {
  meeting: MeetingDetail;
  /** /g/[group]/meetings */
  basePath: string;
  locale: Locale;
  canEdit: boolean;
  /** Whether the brief is published (and the step that publishes it). */
  brief?: ReactNode;
  controls?: ReactNode;
}) {
  const t = useTranslations("meetings");
  const format = useFormatter();
  const href = `${basePath}/${meeting.number}`;
  const phase = phaseOf(meeting);
  const title = t("ordinal", { number: meeting.number });
  return (
    <header className="space-y-4">
      <Breadcrumb
        label={t("breadcrumb")}
        parent={{ href: basePath, label: t("title") }}
        current={title}
      />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-2">
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-muted">
            <span className="inline-flex items-center gap-1.5">
              <CalendarDays aria-hidden className="size-4 shrink-0" />
              {formatDays(format, meeting.startsOn, meeting.endsOn)}
            </span>
            <span className="inline-flex items-center gap-1.5">
              <MapPin aria-hidden className="size-4 shrink-0" />
              <span>
                <LocalizedText value={pickLocalized(meeting.city, locale)} />
                {", "}
                {t(`countries.${meeting.country}`)}
              </span>
            </span>
            <MeetingStateBadge phase={phase} />
          </p>
          {phase === "planned" ? (
            <p className="inline-flex items-center gap-1.5 text-sm text-muted">
              <Clock aria-hidden className="size-4 shrink-0" />
              {t("updatesDue", {
                date: formatDays(format, cutoffOf(meeting), cutoffOf(meeting)),
              })}
            </p>
          ) : null}
        </div>
        {canEdit ? (
          <Link href={`${href}/edit`} className={buttonClasses("secondary")}>
            <Pencil aria-hidden className="size-4" />
            {t("editDetails")}
          </Link>
        ) : null}
      </div>
      <nav aria-label={t("documents.label")} className="no-print flex flex-wrap gap-2">
        <Link href={`${href}/brief`} className={buttonClasses("secondary", "sm")}>
          <FileText aria-hidden className="size-4" />
          {t("documents.brief")}
        </Link>
        {phase === "planned" ? (
          // A file to open in the calendar app, not a page: a plain link, downloaded.
          <a href={`${href}/calendar`} download className={buttonClasses("secondary", "sm")}>
            <CalendarPlus aria-hidden className="size-4" />
            {t("documents.calendar")}
          </a>
        ) : null}
        {meeting.state === "held" ? (
          <Link href={`${href}/minutes`} className={buttonClasses("secondary", "sm")}>
            <ScrollText aria-hidden className="size-4" />
            {t("documents.minutes")}
          </Link>
        ) : null}
      </nav>
      {brief}
      {controls}
      {phase === "closed" ? <Alert>{t("closedNotice")}</Alert> : null}
      {phase === "cancelled" ? <Alert>{t("cancelledNotice")}</Alert> : null}
    </header>
  );
}

/** Links to the meetings before and after this one. */
export function MeetingPager({
  basePath,
  previous,
  next,
}: {
  basePath: string;
  previous: number | null;
  next: number | null;
}) {
  const t = useTranslations("meetings");
  if (previous === null && next === null) return null;
  return (
    <nav aria-label={t("pager")} className="no-print flex flex-wrap justify-between gap-2 text-sm">
      {previous !== null ? (
        <Link
          href={`${basePath}/${previous}`}
          className="inline-flex items-center gap-1 text-accent-strong hover:underline"
        >
          <ChevronLeft aria-hidden className="size-4" />
          {t("ordinal", { number: previous })}
        </Link>
      ) : (
        <span />
      )}
      {next !== null ? (
        <Link
          href={`${basePath}/${next}`}
          className="inline-flex items-center gap-1 text-accent-strong hover:underline"
        >
          {t("ordinal", { number: next })}
          <ChevronRight aria-hidden className="size-4" />
        </Link>
      ) : null}
    </nav>
  );
}
