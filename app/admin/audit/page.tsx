import { AuditPage } from "@/components/audit/audit-page";
import { parseAuditFilters } from "@/lib/audit/input";
import { listAuditActors, listAuditEvents } from "@/lib/audit/queries";
import { requireAdmin } from "@/lib/auth/access";
import { openPage, pageTitle, type SearchParams } from "@/lib/pages/page";

export const generateMetadata = pageTitle("auditLog.installationTitle");

/** Every audit event of the installation, sign-ins and administration included: admins only. */
export default async function InstallationAuditPage({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  const { t, db } = await openPage(requireAdmin(), "auditLog");
  const filters = parseAuditFilters(await searchParams);
  const [events, actors] = await Promise.all([
    listAuditEvents(db, null, filters),
    listAuditActors(db, null),
  ]);
  return (
    <AuditPage
      title={t("installationTitle")}
      basePath="/admin/audit"
      filters={filters}
      {...events}
      actors={actors}
      showProject
    />
  );
}
