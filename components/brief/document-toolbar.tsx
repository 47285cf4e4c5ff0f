import { Download } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { DOC_LANGS, type DocLang } from "@/lib/print/languages";

const LANGUAGE_KEYS = { nb: "nb", ru: "ru", en: "en", "nb-ru": "nbRu" } as const;

/**
 * The settings of a document page as a GET form (so the view lives in the URL) and its
 * downloads; none of it is printed.
 */
export async function DocumentToolbar({
  action,
  lang,
  legend,
  fields,
  downloads,
  back,
}: {
  action: string;
  lang: DocLang;
  legend: string;
  fields?: ReactNode;
  downloads: { pdf: string; docx: string };
  back?: { href: string; label: string };
}) {
  const t = await getTranslations("brief.form");
  return (
    <div className="mx-auto mb-6 max-w-[210mm] space-y-4 print:hidden">
      {back ? (
        <Link href={back.href} className="text-sm text-accent-strong underline underline-offset-2">
          {back.label}
        </Link>
      ) : null}
      <form method="get" action={action} className="flex flex-wrap items-end gap-3">
        <fieldset className="contents">
          <legend className="sr-only">{legend}</legend>
          <div className="space-y-1">
            <label htmlFor="document-lang" className="block text-xs font-medium text-muted">
              {t("language")}
            </label>
            <Select id="document-lang" name="lang" defaultValue={lang}>
              {DOC_LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${LANGUAGE_KEYS[l]}`)}
                </option>
              ))}
            </Select>
          </div>
          {fields}
        </fieldset>
        <button type="submit" className={buttonClasses("secondary")}>
          {t("show")}
        </button>
      </form>
      <nav aria-label={t("downloads")} className="flex flex-wrap gap-3">
        <a href={downloads.pdf} download className={buttonClasses("primary")}>
          <Download aria-hidden className="size-4" />
          {t("pdf")}
        </a>
        <a href={downloads.docx} download className={buttonClasses("secondary")}>
          <Download aria-hidden className="size-4" />
          {t("docx")}
        </a>
      </nav>
    </div>
  );
}

export function DateField({
  id,
  name,
  label,
  value,
  min,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  min?: string;
  hint?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={value}
        min={min}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="block rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-xs sm:text-sm"
      />
      {hint ? (
        <p id={`${id}-hint`} className="max-w-64 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
