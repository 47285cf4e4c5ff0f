import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GroupForm } from "@/components/admin/group-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.groups"))("newTitle") };
}

export default async function NewGroupPage() {
  await requireAdmin();
  const t = await getTranslations("admin.groups");
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader
        back={{ href: "/admin/groups", label: t("title") }}
        title={t("newTitle")}
        description={t("newIntro")}
      />
      <section className="rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5">
        <GroupForm />
      </section>
    </div>
  );
}
