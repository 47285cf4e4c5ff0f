import { getLocale, getTranslations } from "next-intl/server";
import { changeLanguageForm } from "@/lib/account/form-actions";
import { cn } from "@/lib/cn";
import { LOCALES, toAppLocale } from "@/lib/i18n/locales";

/** Language choice before sign-in: plain form buttons, so it works without JavaScript. */
export async function LanguageButtons() {
  const t = await getTranslations("languages");
  const current = toAppLocale(await getLocale());
  return (
    <form action={changeLanguageForm} className="flex gap-1" aria-label={t("choose")}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          aria-pressed={code === current}
          className={cn(
            "rounded-md px-2.5 py-1 text-sm",
            code === current
              ? "bg-accent-soft font-semibold text-accent-strong"
              : "text-muted hover:bg-surface",
          )}
        >
          {t(code)}
        </button>
      ))}
    </form>
  );
}
