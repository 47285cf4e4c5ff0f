import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { groupOptions } from "@/lib/admin/groups/queries";
import { requireAdmin } from "@/lib/auth/access";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("newTitle") };
}

export default async function NewUserPage() {
  await requireAdmin();
  const [t, groups] = await Promise.all([getTranslations("admin.users"), groupOptions(getDb())]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <Link
          href="/admin/users"
          className="inline-flex items-center gap-1 text-sm text-accent-strong hover:underline"
        >
          <ChevronLeft aria-hidden className="size-4" />
          {t("title")}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{t("newTitle")}</h1>
        <p className="text-muted">{t("newIntro")}</p>
      </header>
      <UserCreateForm groups={groups} />
    </div>
  );
}
