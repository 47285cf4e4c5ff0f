import { Plus } from "lucide-react";
import { GroupTable } from "@/components/admin/group-table";
import { LinkButton } from "@/components/page/link-button";
import { ListPage } from "@/components/page/list-page";
import { listGroups } from "@/lib/admin/groups/queries";
import { requireAdmin } from "@/lib/auth/access";
import { openPage, pageTitle } from "@/lib/pages/page";

export const generateMetadata = pageTitle("admin.groups.title");

export default async function AdminGroupsPage() {
  const { t, locale, db } = await openPage(requireAdmin(), "admin.groups");
  const rows = await listGroups(db);
  const create = (
    <LinkButton href="/admin/groups/new" icon={Plus}>
      {t("new")}
    </LinkButton>
  );
  return (
    <ListPage
      className="space-y-4"
      header={{ title: t("title"), description: t("intro"), actions: create }}
      empty={rows.length ? null : t("empty")}
    >
      <GroupTable rows={rows} locale={locale} />
    </ListPage>
  );
}
