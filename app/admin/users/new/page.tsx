import { UserCreateForm } from "@/components/admin/user-create-form";
import { PageFrame } from "@/components/page/page-frame";
import { groupOptions } from "@/lib/admin/groups/queries";
import { requireAdmin } from "@/lib/auth/access";
import { mailEnabled } from "@/lib/notifications/writes";
import { openPage, pageTitle } from "@/lib/pages/page";

export const generateMetadata = pageTitle("admin.users.newTitle");

export default async function NewUserPage() {
  const { t, db } = await openPage(requireAdmin(), "admin.users");
  const groups = await groupOptions(db);
  const invites = mailEnabled();
  return (
    <PageFrame
      className="mx-auto max-w-3xl space-y-6"
      header={{
        back: { href: "/admin/users", label: t("title") },
        title: t("newTitle"),
        description: t(invites ? "newIntroInvite" : "newIntro"),
      }}
    >
      <UserCreateForm groups={groups} invites={invites} />
    </PageFrame>
  );
}
