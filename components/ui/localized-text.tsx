import { useTranslations } from "next-intl";
import type { Localized } from "@/lib/i18n/localized";

/** Content text; when shown in another language than the reader's, it says so. */
export function LocalizedText({ value }: { value: Localized | null }) {
  const t = useTranslations("content");
  if (!value) return <span className="italic text-muted">{t("missing")}</span>;
  if (!value.fallback) return <>{value.text}</>;
  return (
    <>
      <span lang={value.lang}>{value.text}</span>{" "}
      <span className="ml-1 inline-flex items-center rounded border border-warn/40 bg-warn-soft px-1 align-middle text-xs font-medium text-warn">
        <abbr title={t("translationMissing")} className="no-underline">
          {value.lang.toUpperCase()}
        </abbr>
        <span className="sr-only">, {t("translationMissing")}</span>
      </span>
    </>
  );
}
