import type { Metadata } from "next";
import { DocumentsSection } from "@/components/documents/documents-section";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DraftAdditions } from "@/components/plans/draft-additions";
import { DraftSettings } from "@/components/plans/draft-settings";
import { IatiDownload } from "@/components/plans/iati-download";
import { PlanAreas } from "@/components/plans/plan-areas";
import { PlanHeader } from "@/components/plans/plan-header";
import { iatiOrganisation } from "@/lib/api/queries";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/clock";
import { documentLimits } from "@/lib/documents/limits";
import { documentsView } from "@/lib/documents/queries";
import { groupRecord } from "@/lib/pages/page";
import {
  candidateProjects,
  getPlan,
  heldMeetings,
  listPlans,
  planProjects,
} from "@/lib/plans/queries";
import { candidateAreas, groupByArea, previousOf } from "@/lib/plans/rules";

type Params = Promise<{ group: string; number: string }>;

/** One plan query per request, shared by the page and its metadata. */
const loadPlan = groupRecord(
  "number",
  (slug) => requireGroupAccess(slug),
  (raw) => (/^\d{1,6}$/.test(raw) ? Number(raw) : null),
  getPlan,
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { record: plan, t } = await loadPlan(params);
  const period = t("plans.years", { start: plan.periodStart, end: plan.periodEnd });
  return { title: t("plans.nameWithPeriod", { number: plan.number, period }) };
}

export default async function PlanPage({ params }: { params: Params }) {
  const { slug, user, group, role, record: plan, t, locale, db } = await loadPlan(params);
  const editable = plan.state === "draft" && can(user, "plan.manage", { role });
  const [projects, plans, candidates, meetings, organisation, documents] = await Promise.all([
    planProjects(db, group.id, plan.id),
    listPlans(db, group.id),
    editable ? candidateProjects(db, group.id, plan.id) : [],
    editable ? heldMeetings(db, group.id) : [],
    iatiOrganisation(db),
    documentsView(db, group.id, { planId: plan.id }, { user, role }),
  ]);
  const areas = groupByArea(projects);
  const current = plans.find((p) => p.state === "approved");
  const projectsPath = `/g/${slug}/projects`;
  const editing = editable ? { groupId: group.id, planId: plan.id } : undefined;

  return (
    <ClientMessages
      namespaces={["plans", "errors", "validation", "status", "content", "documents", "languages"]}
    >
      <div className="space-y-6">
        <PlanHeader
          plan={plan}
          groupName={{ nb: group.nameNb, ru: group.nameRu, en: group.nameEn }[locale]}
          basePath={`/g/${slug}/plans`}
          projectsPath={projectsPath}
          previous={previousOf(plans, plan.number)?.number ?? null}
          figures={{
            projects: projects.length,
            carriedOver: projects.filter((p) => p.carriedOver).length,
            areas: areas.length,
          }}
          locale={locale}
        />

        {projects.length ? (
          <IatiDownload
            groupSlug={slug}
            planNumber={plan.number}
            configured={organisation !== null}
          />
        ) : null}

        {editing ? (
          <DraftSettings
            groupId={group.id}
            plan={plan}
            current={current?.number ?? null}
            hasProjects={projects.length > 0}
            meetings={meetings}
            today={todayIso()}
            locale={locale}
          />
        ) : null}

        {projects.length ? (
          <PlanAreas areas={areas} projectsPath={projectsPath} locale={locale} editing={editing} />
        ) : (
          <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
            {t(editing ? "plans.detail.emptyDraft" : "plans.detail.empty")}
          </p>
        )}

        {editing ? (
          <DraftAdditions
            {...editing}
            number={plan.number}
            candidates={candidateAreas(candidates, locale)}
          />
        ) : null}

        <DocumentsSection
          slug={slug}
          groups={[{ key: "plan", documents: documents.documents }]}
          may={documents.may}
          targets={
            documents.attach ? [{ value: `plan:${plan.id}`, label: t("documents.heading") }] : null
          }
          maxMb={documentLimits().maxMb}
        />
      </div>
    </ClientMessages>
  );
}
