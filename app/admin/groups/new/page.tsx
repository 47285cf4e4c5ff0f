import { GroupForm } from "@/components/admin/group-form";
import { PageFrame } from "@/components/page/page-frame";
import { requireAdmin } from "@/lib/auth/access";
import { openPage, pageTitle } from "@/lib/pages/page";

export const generateMetadata = pageTitle("admin.groups.newTitle");

export default async function NewGroupPage() {
  const { t } = await openPage(requireAdmin(), "admin.groups");
  return (
    <PageFrame
      className="mx-auto max-w-5xl space-y-6"
      header={{
        back: { href: "/admin/groups", label: t("title") },
        title: t("newTitle"),
        description: t("newIntro"),
      }}
    >
      <section className="rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5">
        <GroupForm />
      </section>
    </PageFrame>
  );
}
