import type { Metadata } from "next";
import { DocumentsSection } from "@/components/documents/documents-section";
import { evidenceLists } from "@/components/documents/evidence-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RegionMap } from "@/components/map/region-map";
import { PROJECT_MESSAGES } from "@/components/page/messages";
import { CommentForm } from "@/components/projects/comment-form";
import { ConfirmNotice } from "@/components/projects/confirm-notice";
import { History } from "@/components/projects/history";
import { ProjectHeader } from "@/components/projects/project-header";
import { ProjectSidebar } from "@/components/projects/project-sidebar";
import { StatusUpdateForm } from "@/components/projects/status-update-form";
import { UpdateDisclosure } from "@/components/projects/update-disclosure";
import { HistoryLinks } from "@/components/spreadsheets/history-links";
import { Card } from "@/components/ui/card";
import { requireGroupAccess } from "@/lib/auth/access";
import { todayIso } from "@/lib/clock";
import { documentLimits } from "@/lib/documents/limits";
import { documentsView, evidenceByUpdate } from "@/lib/documents/queries";
import { pickLocalized } from "@/lib/i18n/localized";
import { regionMapView } from "@/lib/map/view";
import { decodeSegment, type GroupPageProps, groupRecord } from "@/lib/pages/page";
import { projectPlaceFigures } from "@/lib/places/queries";
import { filtersToQuery } from "@/lib/projects/list/input";
import { getProjectDetail } from "@/lib/projects/queries";
import { isOverdue, projectAbilities } from "@/lib/projects/rules";
import {
  getLatestUpdates,
  getProjectHistory,
  HISTORY_LIMIT,
  HISTORY_PAGE,
} from "@/lib/projects/status-updates/queries";
import type { Translator } from "@/lib/projects/status-updates/rules";

type Route = { group: string; code: string };

/** One detail query per request, shared by the page and its metadata. */
const loadProject = groupRecord(
  "code",
  (slug) => requireGroupAccess(slug),
  decodeSegment,
  getProjectDetail,
);

export async function generateMetadata({
  params,
}: Pick<GroupPageProps<Route>, "params">): Promise<Metadata> {
  const { record: project, t, locale } = await loadProject(params);
  const title = pickLocalized(project.title, locale)?.text ?? "";
  return { title: t("project.pageTitle", { code: project.code, title }) };
}

export default async function ProjectPage({ params, searchParams }: GroupPageProps<Route>) {
  const { slug, user, group, role, record: project, t, locale, db } = await loadProject(params);
  const query = await searchParams;
  // The newest entries first; all of them (up to HISTORY_LIMIT) when the reader asks.
  const shown = query.history === "all" ? HISTORY_LIMIT : HISTORY_PAGE;
  const open = !project.archivedAt;
  const may = projectAbilities(user, role, project);
  const latest = project.latestUpdate;
  const [history, documents, evidence, awaitingMe, places] = await Promise.all([
    getProjectHistory(db, group.id, project.id, shown),
    documentsView(db, group.id, { projectId: project.id }, { user, role }, { open }),
    evidenceByUpdate(db, group.id, project.id),
    // The update awaiting the reader's confirmation, read in full for the notice at the top.
    may.confirmLatest && latest
      ? getLatestUpdates(db, group.id, [project.id]).then((byProject) => {
          const update = byProject[project.id];
          return update?.id === latest.id ? update : null;
        })
      : null,
    // The project's places, each with the group's current projects there (its link's list).
    project.places.length ? projectPlaceFigures(db, group.id, project.id) : [],
  ]);
  const today = todayIso();
  const overdue = isOverdue(project, today);
  // Who may translate a note is decided per update (its author, the other side's contact).
  const translator: Translator = {
    actor: { id: user.id, isAdmin: user.isAdmin, delegation: user.delegation },
    role,
    project: {
      contactNoId: project.contactNo?.id ?? null,
      contactRuId: project.contactRu?.id ?? null,
    },
    open,
  };

  return (
    <ClientMessages namespaces={["project", ...PROJECT_MESSAGES, "documents"]}>
      <div className="space-y-6">
        <ProjectHeader
          project={project}
          locale={locale}
          basePath={`/g/${slug}/projects`}
          overdue={overdue}
          canManage={may.manage}
        />
        {/* Always rendered: its answer outlives the notice once the update is confirmed. */}
        <ConfirmNotice
          update={awaitingMe}
          side={user.delegation}
          locale={locale}
          translator={translator}
        />
        <UpdateDisclosure
          // The reader came to update: a link from My projects or from a reminder mail.
          initiallyOpen={may.updateStatus && query.update === "1"}
          history={`${history.entries.length}${history.truncated ? "+" : ""}`}
        >
          {may.updateStatus ? (
            <Card id="status-update" aria-labelledby="status-update-heading" className="space-y-4">
              <h2 id="status-update-heading" className="text-lg font-semibold">
                {t("project.update.heading")}
              </h2>
              <StatusUpdateForm
                projectId={project.id}
                version={project.version}
                current={{
                  status: project.status,
                  health: project.health,
                  progress: project.progress,
                }}
                locale={user.locale}
                evidence={open ? { slug, maxMb: documentLimits().maxMb } : undefined}
              />
            </Card>
          ) : null}
        </UpdateDisclosure>
        <div className="grid gap-6 lg:grid-cols-3">
          <ProjectSidebar project={project} locale={locale} overdue={overdue} today={today}>
            {places.some((p) => p.latitude !== null) ? (
              <Card aria-labelledby="map-heading" className="space-y-2">
                <h2 id="map-heading" className="text-base font-semibold">
                  {t("map.project.heading")}
                </h2>
                <p className="text-xs text-muted">{t("map.project.note")}</p>
                <RegionMap
                  compact
                  locale={locale}
                  view={regionMapView(places, {
                    locale,
                    featureName: (key) => t(`map.features.${key}`),
                    href: (key) => `/g/${slug}/projects${filtersToQuery({ place: [key] })}`,
                  })}
                />
              </Card>
            ) : null}
          </ProjectSidebar>
          <div className="space-y-6 lg:col-span-2 lg:col-start-1 lg:row-start-1">
            <DocumentsSection
              slug={slug}
              groups={[{ key: "project", documents: documents.documents }]}
              may={documents.may}
              targets={
                documents.attach
                  ? [{ value: `project:${project.id}`, label: t("documents.heading") }]
                  : null
              }
              maxMb={documentLimits().maxMb}
            />
            <Card id="history" aria-labelledby="history-heading" className="scroll-mt-4 space-y-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="history-heading" className="text-lg font-semibold">
                  {t("project.history.heading")}
                </h2>
                <p className="text-sm text-muted">
                  {t("project.history.count", { count: history.entries.length })}
                </p>
                <HistoryLinks basePath={`/g/${slug}/projects`} code={project.code} />
              </div>
              {may.comment ? (
                <details className="rounded-md border border-line">
                  <summary className="cursor-pointer px-3 py-2.5 text-sm font-medium text-accent-strong">
                    {t("project.comment.heading")}
                  </summary>
                  <div className="border-t border-line p-3">
                    <CommentForm projectId={project.id} locale={user.locale} />
                  </div>
                </details>
              ) : null}
              <History
                entries={history.entries}
                truncated={history.truncated}
                more={
                  shown < HISTORY_LIMIT
                    ? {
                        href: `/g/${slug}/projects/${encodeURIComponent(project.code)}?history=all#history-heading`,
                        count: HISTORY_LIMIT,
                      }
                    : undefined
                }
                locale={locale}
                evidence={evidenceLists(slug, evidence, {
                  edit: false,
                  deleteAny: documents.may.deleteAny,
                  viewerId: user.id,
                })}
                latestUpdateId={latest?.id ?? null}
                awaiting={project.awaitingConfirmationFrom}
                translator={translator}
                translatedElsewhere={awaitingMe?.id ?? null}
              />
            </Card>
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
