import { useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/lib/vocabulary";

/**
 * The options of a language select: each language named in the reader's language and marked
 * with its own `lang`, so a screen reader says the option right.
 */
export function LanguageOptions({ locales = LOCALES }: { locales?: readonly Locale[] }) {
  const t = useTranslations("languages");
  return locales.map((value) => (
    <option key={value} value={value} lang={value}>
      {t(value)}
    </option>
  ));
}

/** A language's name, marked with its own `lang`: says which language a text beside it is in. */
export function LanguageName({ locale, className }: { locale: Locale; className: string }) {
  const t = useTranslations("languages");
  return (
    <span lang={locale} className={className}>
      {t(locale)}
    </span>
  );
}
