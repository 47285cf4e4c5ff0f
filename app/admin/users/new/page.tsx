import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { PageHeader } from "@/components/ui/page-header";
import { groupOptions } from "@/lib/admin/groups/queries";
import { requireAdmin } from "@/lib/auth/access";
import { mailEnabled } from "@/lib/notifications/writes";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("newTitle") };
}

export default async function NewUserPage() {
  await requireAdmin();
  const [t, groups] = await Promise.all([getTranslations("admin.users"), groupOptions(getDb())]);
  const invites = mailEnabled();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        back={{ href: "/admin/users", label: t("title") }}
        title={t("newTitle")}
        description={t(invites ? "newIntroInvite" : "newIntro")}
      />
      <UserCreateForm groups={groups} invites={invites} />
    </div>
  );
}
