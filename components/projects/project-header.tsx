import { Archive, CalendarX2, Pencil } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClasses } from "@/components/ui/button";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import { outdatedLanguages } from "@/lib/projects/rules";
import type { ProjectDetail } from "@/lib/projects/types";
import { HealthBadge, ProgressBar, StatusBadge } from "./badges";
import { ProjectTexts } from "./project-texts";

interface Props {
  project: ProjectDetail;
  locale: Locale;
  basePath: string;
  overdue: boolean;
  canManage: boolean;
}

export function OverdueMarker({ label }: { label: string }) {
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap rounded bg-bad-soft px-1.5 py-0.5 text-sm font-medium text-bad">
      <CalendarX2 aria-hidden className="size-3.5 shrink-0" />
      {label}
    </span>
  );
}

export function ProjectHeader({ project, locale, basePath, overdue, canManage }: Props) {
  const t = useTranslations();
  const href = `${basePath}/${encodeURIComponent(project.code)}`;
  return (
    <header className="space-y-4">
      <Breadcrumb
        label={t("project.breadcrumb")}
        parent={{ href: basePath, label: t("nav.projects") }}
        current={project.code}
        currentClassName="font-mono"
      />
      {project.archivedAt ? (
        <Alert tone="info" title={t("fields.archived")}>
          <p className="inline-flex items-center gap-2">
            <Archive aria-hidden className="size-4" />
            {t("project.archived")}
          </p>
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="text-sm text-muted">
            <span className="font-mono">{project.code}</span>
            <span aria-hidden> · </span>
            {project.area[locale]}
          </p>
          <h1 className="text-2xl font-semibold tracking-tight text-balance">
            <LocalizedText value={pickLocalized(project.title, locale)} />
          </h1>
        </div>
        {canManage ? (
          <div className="no-print flex flex-wrap gap-2">
            <Link href={`${href}/edit`} className={buttonClasses("secondary", "md")}>
              <Pencil aria-hidden className="size-4" />
              {t("project.edit")}
            </Link>
          </div>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <StatusBadge status={project.status} />
        <HealthBadge health={project.health} />
        <ProgressBar value={project.progress} label={t("fields.progress")} />
        {overdue ? <OverdueMarker label={t("project.overdue")} /> : null}
      </div>
      <ProjectTexts
        title={project.title}
        summary={project.summary}
        locale={locale}
        outdated={outdatedLanguages(project.textEditedAt, {
          titleNb: project.title.nb,
          titleRu: project.title.ru,
          titleEn: project.title.en,
          summaryNb: project.summary.nb,
          summaryRu: project.summary.ru,
          summaryEn: project.summary.en,
        })}
      />
    </header>
  );
}
