import Link from "next/link";
import { useTranslations } from "next-intl";
import { HealthBadge, ProgressBar, StatusBadge } from "@/components/projects/badges";
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
            <div className="overflow-x-auto rounded-lg border border-line bg-surface">
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{t("plans.detail.caption", { area: name })}</caption>
                <thead className="border-b border-line bg-canvas text-left text-xs font-semibold uppercase tracking-wide text-muted [&_th]:px-3 [&_th]:py-2">
                  <tr>
                    <th scope="col" className="hidden w-28 sm:table-cell">
                      {t("fields.code")}
                    </th>
                    <th scope="col">{t("projectList.title")}</th>
                    <th scope="col" className="hidden w-40 sm:table-cell">
                      {t("fields.status")}
                    </th>
                    <th scope="col" className="hidden w-40 md:table-cell print:table-cell">
                      {t("fields.health")}
                    </th>
                    <th scope="col" className="hidden w-32 md:table-cell print:table-cell">
                      {t("fields.progress")}
                    </th>
                    {editing ? (
                      <th scope="col" className="w-10 sm:w-28 print:hidden">
                        <span className="sr-only">{t("plans.detail.actions")}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody className="divide-y divide-line [&_td]:px-3 [&_td]:py-2 [&_td]:align-top">
                  {projects.map((project) => (
                    <PlanProjectRow
                      key={project.id}
                      project={project}
                      href={`${projectsPath}/${encodeURIComponent(project.code)}`}
                      locale={locale}
                      editing={editing}
                    />
                  ))}
                </tbody>
              </table>
            </div>
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
      <td className="hidden whitespace-nowrap font-mono text-xs sm:table-cell">{project.code}</td>
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
      <td className="hidden sm:table-cell">
        <StatusBadge status={project.status} />
      </td>
      <td className="hidden md:table-cell print:table-cell">
        <HealthBadge health={project.health} />
      </td>
      <td className="hidden md:table-cell print:table-cell">
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
