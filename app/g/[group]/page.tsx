import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/ui/card";
import { requireGroupAccess } from "@/lib/groups/guard";
import { getAppLocale } from "@/lib/i18n/server";

export default async function DashboardPage({ params }: { params: Promise<{ group: string }> }) {
  const { group } = await requireGroupAccess((await params).group);
  const [t, locale] = await Promise.all([getTranslations(), getAppLocale()]);
  const name = { nb: group.nameNb, ru: group.nameRu, en: group.nameEn }[locale];
  return (
    <>
      <PageHeader title={t("nav.dashboard")} description={name} />
      <ComingSoon feature={t("coming.features.dashboard")} />
    </>
  );
}
