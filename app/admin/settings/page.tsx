import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IatiOrganisationForm } from "@/components/admin/iati-organisation-form";
import { TwoFactorRequirementForm } from "@/components/admin/two-factor-requirement-form";
import { PageHeader } from "@/components/ui/page-header";
import { twoFactorRequiredRoles } from "@/lib/admin/settings/queries";
import { iatiOrganisation } from "@/lib/api/queries";
import { requireAdmin } from "@/lib/auth/access";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.settings"))("title") };
}

/** Installation-wide settings; for now, which roles must use two-factor sign-in. */
export default async function AdminSettingsPage() {
  await requireAdmin();
  const [t, required, organisation] = await Promise.all([
    getTranslations("admin.settings"),
    twoFactorRequiredRoles(getDb()),
    iatiOrganisation(getDb()),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <section
        aria-labelledby="settings-two-factor"
        className="space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5"
      >
        <h2 id="settings-two-factor" className="text-base font-semibold">
          {t("twoFactor.heading")}
        </h2>
        <TwoFactorRequirementForm required={required} />
      </section>
      <section
        aria-labelledby="settings-iati"
        className="space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5"
      >
        <h2 id="settings-iati" className="text-base font-semibold">
          {t("iati.heading")}
        </h2>
        <IatiOrganisationForm organisation={organisation} />
      </section>
    </div>
  );
}
