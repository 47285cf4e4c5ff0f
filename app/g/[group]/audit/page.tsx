import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditPage } from "@/components/audit/audit-page";
import { parseAuditFilters } from "@/lib/audit/input";
import { listAuditActors, listAuditEvents } from "@/lib/audit/queries";
import { requireGroupAccess } from "@/lib/auth/access";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

/** A group's audit log: for its coordinators and for admins. */
export default async function GroupAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ group: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { group: slug } = await params;
  const { group } = await requireGroupAccess(slug, "audit.read");
  const filters = parseAuditFilters(await searchParams);
  const db = getDb();
  const [t, { rows, total }, actors] = await Promise.all([
    getTranslations("auditLog"),
    listAuditEvents(db, group.id, filters),
    listAuditActors(db, group.id),
  ]);
  return (
    <AuditPage
      title={t("title")}
      basePath={`/g/${slug}/audit`}
      filters={filters}
      rows={rows}
      total={total}
      actors={actors}
      showProject
    />
  );
}
