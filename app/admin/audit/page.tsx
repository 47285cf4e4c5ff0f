import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditPage } from "@/components/audit/audit-page";
import { parseAuditFilters } from "@/lib/audit/input";
import { listAuditActors, listAuditEvents } from "@/lib/audit/queries";
import { requireAdmin } from "@/lib/auth/access";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("installationTitle") };
}

/** Every audit event of the installation, sign-ins and administration included: admins only. */
export default async function InstallationAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const filters = parseAuditFilters(await searchParams);
  const db = getDb();
  const [t, { rows, total }, actors] = await Promise.all([
    getTranslations("auditLog"),
    listAuditEvents(db, null, filters),
    listAuditActors(db, null),
  ]);
  return (
    <AuditPage
      title={t("installationTitle")}
      basePath="/admin/audit"
      filters={filters}
      rows={rows}
      total={total}
      actors={actors}
      showProject
    />
  );
}
