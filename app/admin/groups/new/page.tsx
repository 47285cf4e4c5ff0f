import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GroupForm } from "@/components/admin/group-form";
import { requireAdmin } from "@/lib/auth/access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.groups"))("newTitle") };
}

export default async function NewGroupPage() {
  await requireAdmin();
  const t = await getTranslations("admin.groups");
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <header className="space-y-2">
        <Link
          href="/admin/groups"
          className="inline-flex items-center gap-1 text-sm text-accent-strong hover:underline"
        >
          <ChevronLeft aria-hidden className="size-4" />
          {t("title")}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{t("newTitle")}</h1>
        <p className="text-muted">{t("newIntro")}</p>
      </header>
      <section className="rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5">
        <GroupForm />
      </section>
    </div>
  );
}
