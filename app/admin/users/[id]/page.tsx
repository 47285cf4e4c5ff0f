import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountActions } from "@/components/admin/account-actions";
import { MembershipForm, UserDetailsForm } from "@/components/admin/user-edit-forms";
import { StatusBadges } from "@/components/admin/user-table";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { groupOptions } from "@/lib/admin/groups/queries";
import { getUserForAdmin } from "@/lib/admin/users/queries";
import { requireAdmin, viewerIsAdmin } from "@/lib/auth/access";
import { getDb } from "@/lib/server/db";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const user = (await viewerIsAdmin()) ? await getUserForAdmin(getDb(), (await params).id) : null;
  return { title: user?.name ?? (await getTranslations("admin.users"))("title") };
}

export default async function AdminUserPage({ params }: { params: Params }) {
  const viewer = await requireAdmin();
  const { id } = await params;
  const db = getDb();
  const [user, groups, t] = await Promise.all([
    getUserForAdmin(db, id),
    groupOptions(db),
    getTranslations("admin.users"),
  ]);
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
  const card = "space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        back={{ href: "/admin/users", label: t("title") }}
        title={user.name}
        titleClassName="[overflow-wrap:anywhere]"
        description={user.email}
        descriptionClassName="[overflow-wrap:anywhere]"
      >
        <StatusBadges user={user} />
      </PageHeader>
      {user.active ? null : <Alert>{t("deactivatedNotice")}</Alert>}
      {user.active && user.mustChangePassword ? <Alert>{t("oneTimeNotice")}</Alert> : null}
      <section aria-labelledby="user-details" className={card}>
        <h2 id="user-details" className="text-base font-semibold">
          {t("sections.details")}
        </h2>
        <UserDetailsForm userId={user.id} initial={details} isSelf={isSelf} />
      </section>
      <section aria-labelledby="user-groups" className={card}>
        <h2 id="user-groups" className="text-base font-semibold">
          {t("sections.memberships")}
        </h2>
        <MembershipForm userId={user.id} groups={groups} initial={roles} />
      </section>
      <section aria-labelledby="user-account" className={card}>
        <h2 id="user-account" className="text-base font-semibold">
          {t("sections.account")}
        </h2>
        <AccountActions user={user} isSelf={isSelf} />
      </section>
    </div>
  );
}
