import { AuditPage } from "@/components/audit/audit-page";
import { parseAuditFilters } from "@/lib/audit/input";
import { listAuditActors, listAuditEvents } from "@/lib/audit/queries";
import { requireGroupAccess } from "@/lib/auth/access";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";

export const generateMetadata = pageTitle("auditLog.title");

/** A group's audit log: for its coordinators and for admins. */
export default async function GroupAuditPage({ params, searchParams }: GroupPageProps) {
  const { groupPath, group, t, db } = await groupPage(params, (s) =>
    requireGroupAccess(s, "audit.read"),
  );
  const filters = parseAuditFilters(await searchParams);
  const [events, actors] = await Promise.all([
    listAuditEvents(db, group.id, filters),
    listAuditActors(db, group.id),
  ]);
  return (
    <AuditPage
      title={t("auditLog.title")}
      basePath={`${groupPath}/audit`}
      filters={filters}
      {...events}
      actors={actors}
      showProject
    />
  );
}
