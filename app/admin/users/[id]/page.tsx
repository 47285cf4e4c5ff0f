import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountActions } from "@/components/admin/account-actions";
import { MembershipForm, UserDetailsForm } from "@/components/admin/user-edit-forms";
import { StatusBadges } from "@/components/admin/user-table";
import { PageFrame } from "@/components/page/page-frame";
import { SectionCard } from "@/components/page/section-card";
import { Alert } from "@/components/ui/alert";
import { groupOptions } from "@/lib/admin/groups/queries";
import { getUserForAdmin } from "@/lib/admin/users/queries";
import { requireAdmin, viewerIsAdmin } from "@/lib/auth/access";
import { openPage } from "@/lib/pages/page";
import { getDb } from "@/lib/server/db";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const user = (await viewerIsAdmin()) ? await getUserForAdmin(getDb(), (await params).id) : null;
  return { title: user?.name ?? (await getTranslations("admin.users"))("title") };
}

export default async function AdminUserPage({ params }: { params: Params }) {
  const { access: viewer, t, db } = await openPage(requireAdmin(), "admin.users");
  const { id } = await params;
  const [user, groups] = await Promise.all([getUserForAdmin(db, id), groupOptions(db)]);
  if (!user) notFound();
  const isSelf = user.id === viewer.user.id;
  const details = {
    email: user.email,
    name: user.name,
    delegation: user.delegation,
    locale: user.locale,
    position: user.position ?? "",
    isAdmin: user.isAdmin,
  };
  const roles = Object.fromEntries(user.memberships.map((m) => [`role:${m.groupId}`, m.role]));
  return (
    <PageFrame
      className="mx-auto max-w-3xl space-y-6"
      header={{
        back: { href: "/admin/users", label: t("title") },
        title: user.name,
        titleClassName: "[overflow-wrap:anywhere]",
        description: user.email,
        descriptionClassName: "[overflow-wrap:anywhere]",
        children: <StatusBadges user={user} />,
      }}
    >
      {user.active ? null : <Alert>{t("deactivatedNotice")}</Alert>}
      {user.active && user.mustChangePassword ? <Alert>{t("oneTimeNotice")}</Alert> : null}
      <SectionCard id="user-details" heading={t("sections.details")}>
        <UserDetailsForm userId={user.id} initial={details} isSelf={isSelf} />
      </SectionCard>
      <SectionCard id="user-groups" heading={t("sections.memberships")}>
        <MembershipForm userId={user.id} groups={groups} initial={roles} />
      </SectionCard>
      <SectionCard id="user-account" heading={t("sections.account")}>
        <AccountActions user={user} isSelf={isSelf} />
      </SectionCard>
    </PageFrame>
  );
}
