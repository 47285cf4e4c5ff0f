import { getTranslations } from "next-intl/server";

export async function DemoBanner() {
  const t = await getTranslations("demo");
  return (
    <div className="no-print bg-warn-soft px-4 py-1.5 text-center text-sm text-warn">
      <strong className="font-semibold">{t("label")}</strong> {t("banner")}
    </div>
  );
}
