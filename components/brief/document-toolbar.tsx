import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DownloadLinks } from "@/components/brief/download-links";
import { buttonClasses } from "@/components/ui/button";
import { Options, Select } from "@/components/ui/input";
import { DOC_LANGS, type DocLang } from "@/lib/print/languages";

const LANGUAGE_KEYS = { nb: "nb", ru: "ru", en: "en", "nb-ru": "nbRu" } as const;

const FORM_ID = "document-settings";

/**
 * The settings of a document page as a GET form (so the view lives in the URL) and its
 * downloads, which follow the settings as soon as they are chosen; none of it is printed.
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
      <form id={FORM_ID} method="get" action={action} className="flex flex-wrap items-end gap-3">
        <fieldset className="contents">
          <legend className="sr-only">{legend}</legend>
          <div className="space-y-1">
            <label htmlFor="document-lang" className="block text-xs font-medium text-muted">
              {t("language")}
            </label>
            <Select id="document-lang" name="lang" defaultValue={lang}>
              <Options values={DOC_LANGS} label={(l) => t(`languages.${LANGUAGE_KEYS[l]}`)} />
            </Select>
          </div>
          {fields}
        </fieldset>
        <button type="submit" className={buttonClasses("secondary")}>
          {t("show")}
        </button>
      </form>
      <DownloadLinks
        formId={FORM_ID}
        label={t("downloads")}
        links={[
          { href: downloads.pdf, label: t("pdf"), variant: "primary" },
          { href: downloads.docx, label: t("docx"), variant: "secondary" },
        ]}
      />
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
