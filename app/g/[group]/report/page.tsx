import { DateField, DocumentToolbar } from "@/components/brief/document-toolbar";
import { DocumentView } from "@/components/brief/document-view";
import { requireGroupAccess } from "@/lib/auth/access";
import { reportDocument } from "@/lib/brief/report/document";
import { buildReport } from "@/lib/brief/report/queries";
import { todayIso } from "@/lib/clock";
import { documentPage } from "@/lib/pages/document";
import { type GroupPageProps, pageTitle } from "@/lib/pages/page";
import { firstParam } from "@/lib/print/languages";

export const generateMetadata = pageTitle("report.pageTitle");

/** The two ends of the report's period, each a date field of the form. */
const ENDS = ["from", "to"] as const;

export default async function ReportPage({ params, searchParams }: GroupPageProps) {
  const { slug, model, lang, t } = await documentPage(params, searchParams, {
    guard: (s) => requireGroupAccess(s),
    namespace: "report",
    build: ({ db, groupId, query }) =>
      buildReport(db, {
        groupId,
        from: firstParam(query.from),
        to: firstParam(query.to),
        today: todayIso(),
      }),
  });
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
        fields={ENDS.map((end) => (
          <DateField
            key={end}
            id={`report-${end}`}
            name={end}
            label={t(`form.${end}`)}
            value={model.period[end]}
          />
        ))}
      />
      <DocumentView spec={reportDocument(model, lang)} />
    </>
  );
}
