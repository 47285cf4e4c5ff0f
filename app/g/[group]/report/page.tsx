import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DateField, DocumentToolbar } from "@/components/brief/document-toolbar";
import { DocumentView } from "@/components/brief/document-view";
import { requireGroupAccess } from "@/lib/auth/access";
import { reportDocument } from "@/lib/brief/report/document";
import { buildReport } from "@/lib/brief/report/queries";
import { todayIso } from "@/lib/clock";
import { firstParam, parseDocLang } from "@/lib/print/languages";
import { getDb } from "@/lib/server/db";

type Params = Promise<{ group: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("pageTitle") };
}

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const { group: slug } = await params;
  const { group, user } = await requireGroupAccess(slug);
  const query = await searchParams;
  const model = await buildReport(getDb(), {
    groupId: group.id,
    from: firstParam(query.from),
    to: firstParam(query.to),
    today: todayIso(),
  });
  if (!model) notFound();
  const lang = parseDocLang(firstParam(query.lang), user.locale);
  const t = await getTranslations("report");
  const base = `/g/${slug}/report`;
  const download = (format: "pdf" | "docx") =>
    `${base}/${format}?${new URLSearchParams({ lang, from: model.period.from, to: model.period.to })}`;
  return (
    <>
      <div className="mx-auto mb-4 max-w-[210mm] space-y-2 print:hidden">
        <p className="text-muted">{t("intro")}</p>
        {model.period.invalid ? (
          <p role="status" className="rounded-md bg-warn-soft px-3 py-2 text-sm text-warn">
            {t("form.invalid")}
          </p>
        ) : null}
      </div>
      <DocumentToolbar
        action={base}
        lang={lang}
        legend={t("form.legend")}
        downloads={{ pdf: download("pdf"), docx: download("docx") }}
        fields={
          <>
            <DateField
              id="report-from"
              name="from"
              label={t("form.from")}
              value={model.period.from}
            />
            <DateField id="report-to" name="to" label={t("form.to")} value={model.period.to} />
          </>
        }
      />
      <DocumentView spec={reportDocument(model, lang)} />
    </>
  );
}
