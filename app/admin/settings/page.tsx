import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TwoFactorRequirementForm } from "@/components/admin/two-factor-requirement-form";
import { TWO_FACTOR_ROLES, twoFactorRequiredRoles } from "@/lib/admin/settings/queries";
import { requireAdmin } from "@/lib/auth/access";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.settings"))("title") };
}

/** Installation-wide settings; for now, which roles must use two-factor sign-in. */
export default async function AdminSettingsPage() {
  await requireAdmin();
  const [t, required] = await Promise.all([
    getTranslations("admin.settings"),
    twoFactorRequiredRoles(getDb()),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </header>
      <section
        aria-labelledby="settings-two-factor"
        className="space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5"
      >
        <h2 id="settings-two-factor" className="text-base font-semibold">
          {t("twoFactor.heading")}
        </h2>
        <TwoFactorRequirementForm roles={TWO_FACTOR_ROLES} required={required} />
      </section>
    </div>
  );
}
