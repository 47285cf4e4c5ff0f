import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GroupTable } from "@/components/admin/group-table";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listGroups } from "@/lib/admin/groups/queries";
import { requireAdmin } from "@/lib/auth/access";
import { getAppLocale } from "@/lib/i18n/server";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.groups"))("title") };
}

export default async function AdminGroupsPage() {
  await requireAdmin();
  const [t, locale, rows] = await Promise.all([
    getTranslations("admin.groups"),
    getAppLocale(),
    listGroups(getDb()),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <>
            <Link href="/admin/groups/new" className={buttonClasses("primary")}>
              <Plus aria-hidden className="size-4" />
              {t("new")}
            </Link>
          </>
        }
      />
      {rows.length ? (
        <GroupTable rows={rows} locale={locale} />
      ) : (
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
          {t("empty")}
        </p>
      )}
    </div>
  );
}
