import { IatiOrganisationForm } from "@/components/admin/iati-organisation-form";
import { TwoFactorRequirementForm } from "@/components/admin/two-factor-requirement-form";
import { PageFrame } from "@/components/page/page-frame";
import { SectionCard } from "@/components/page/section-card";
import { twoFactorRequiredRoles } from "@/lib/admin/settings/queries";
import { iatiOrganisation } from "@/lib/api/queries";
import { requireAdmin } from "@/lib/auth/access";
import { openPage, pageTitle } from "@/lib/pages/page";

export const generateMetadata = pageTitle("admin.settings.title");

/** Installation-wide settings; for now, which roles must use two-factor sign-in. */
export default async function AdminSettingsPage() {
  const { t, db } = await openPage(requireAdmin(), "admin.settings");
  const [required, organisation] = await Promise.all([
    twoFactorRequiredRoles(db),
    iatiOrganisation(db),
  ]);
  return (
    <PageFrame
      className="mx-auto max-w-3xl space-y-6"
      header={{ title: t("title"), description: t("intro") }}
    >
      <SectionCard id="settings-two-factor" heading={t("twoFactor.heading")}>
        <TwoFactorRequirementForm required={required} />
      </SectionCard>
      <SectionCard id="settings-iati" heading={t("iati.heading")}>
        <IatiOrganisationForm organisation={organisation} />
      </SectionCard>
    </PageFrame>
  );
}
