import Link from "next/link";
import { useTranslations } from "next-intl";
import { HealthBadge, ProgressBar, StatusBadge } from "@/components/projects/badges";
import { DataTable, shownFrom } from "@/components/ui/data-table";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { AreaGroup, PlanProject } from "@/lib/plans/types";
import { CarriedOverMarker } from "./markers";
import { RemoveProjectButton } from "./remove-project-button";

interface Editing {
  groupId: string;
  planId: string;
}

/** The plan's projects under their cooperation areas; a draft's rows can be removed. */
export function PlanAreas({
  areas,
  projectsPath,
  locale,
  editing,
}: {
  areas: AreaGroup[];
  projectsPath: string;
  locale: Locale;
  /** Set for a draft the reader may change. */
  editing?: Editing;
}) {
  const t = useTranslations();
  return (
    <div className="space-y-6">
      {areas.map(({ area, projects }) => {
        const name = pickLocalized(area.name, locale)?.text ?? "";
        const headingId = `area-${area.id}`;
        return (
          <section
            key={area.id}
            aria-labelledby={headingId}
            className="space-y-2 print:break-inside-auto"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 break-after-avoid">
              <h2 id={headingId} className="text-lg font-semibold">
                {name}
              </h2>
              <p className="text-sm text-muted">
                {t("counts.projects", { count: projects.length })}
              </p>
            </div>
            <DataTable
              caption={t("plans.detail.caption", { area: name })}
              columns={[
                { key: "code", label: t("fields.code"), from: "sm", className: "w-28" },
                { key: "title", label: t("projectList.title") },
                { key: "status", label: t("fields.status"), from: "sm", className: "w-40" },
                {
                  key: "health",
                  label: t("fields.health"),
                  from: "md",
                  className: "w-40 print:table-cell",
                },
                {
                  key: "progress",
                  label: t("fields.progress"),
                  from: "md",
                  className: "w-32 print:table-cell",
                },
                ...(editing
                  ? [
                      {
                        key: "actions",
                        label: t("plans.detail.actions"),
                        hiddenLabel: true,
                        className: "w-10 sm:w-28 print:hidden",
                      },
                    ]
                  : []),
              ]}
            >
              {projects.map((project) => (
                <PlanProjectRow
                  key={project.id}
                  project={project}
                  href={`${projectsPath}/${encodeURIComponent(project.code)}`}
                  locale={locale}
                  editing={editing}
                />
              ))}
            </DataTable>
          </section>
        );
      })}
    </div>
  );
}

function PlanProjectRow({
  project,
  href,
  locale,
  editing,
}: {
  project: PlanProject;
  href: string;
  locale: Locale;
  editing?: Editing;
}) {
  const t = useTranslations();
  const title = pickLocalized(project.title, locale);
  return (
    <tr className="break-inside-avoid">
      <td className={shownFrom("sm", "whitespace-nowrap font-mono text-xs")}>{project.code}</td>
      <td>
        <span className="block font-mono text-xs text-muted sm:hidden">{project.code}</span>
        <Link href={href} className="font-medium text-ink hover:text-accent hover:underline">
          <LocalizedText value={title} />
        </Link>
        <div className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
          {project.carriedOver ? <CarriedOverMarker /> : null}
          {project.archived ? <span className="font-medium">{t("fields.archived")}</span> : null}
          <span className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 sm:hidden">
            <StatusBadge status={project.status} />
            <HealthBadge health={project.health} />
            <ProgressBar value={project.progress} label={t("fields.progress")} />
          </span>
          <span className="hidden flex-wrap items-center gap-x-3 gap-y-1 sm:flex md:hidden print:hidden">
            <HealthBadge health={project.health} />
            <ProgressBar value={project.progress} label={t("fields.progress")} />
          </span>
        </div>
      </td>
      <td className={shownFrom("sm")}>
        <StatusBadge status={project.status} />
      </td>
      <td className={shownFrom("md", "print:table-cell")}>
        <HealthBadge health={project.health} />
      </td>
      <td className={shownFrom("md", "print:table-cell")}>
        <ProgressBar value={project.progress} label={t("fields.progress")} />
      </td>
      {editing ? (
        <td className="text-right print:hidden">
          <RemoveProjectButton {...editing} projectId={project.id} code={project.code} />
        </td>
      ) : null}
    </tr>
  );
}
