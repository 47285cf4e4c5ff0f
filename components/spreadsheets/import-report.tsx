"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef } from "react";
import { useMessage } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import type { MessageRef } from "@/lib/errors";
import type {
  ImportProblem,
  ImportReport,
  ProjectState,
  ReportRow,
} from "@/lib/spreadsheets/import/types";

/** Rows shown in the table; problems are always listed in full. */
const SHOWN_ROWS = 500;

function useLabels() {
  const t = useTranslations();
  const state = (s: ProjectState) =>
    [t(`status.${s.status}`), s.health ? t(`health.${s.health}`) : null, `${s.progress} %`]
      .filter(Boolean)
      .join(", ");
  return {
    column: (p: Pick<ImportProblem, "column" | "heading">) =>
      p.column ? t(`spreadsheets.columns.${p.column}`) : p.heading,
    statusChange: ({ from, to }: NonNullable<ReportRow["status"]>) =>
      from ? `${state(from)} → ${state(to)}` : state(to),
  };
}

function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const t = useTranslations("spreadsheets.import");
  const message = useMessage();
  const { column } = useLabels();
  const text = (problem: ImportProblem) => {
    const values = {
      row: problem.row ?? 0,
      column: column(problem) ?? "",
      message: message(problem.message),
    };
    if (problem.row !== null && values.column) return t("problemAt", values);
    if (problem.row !== null) return t("problemRow", values);
    return values.message;
  };
  return (
    <Alert tone="error" title={t("problemsHeading", { count: problems.length })}>
      <p>{t("problemsIntro")}</p>
      <ul className="list-disc space-y-1 pl-5">
        {problems.map((problem, index) => (
          // The same problem can recur; its place in the list is its identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are never reordered
          <li key={index}>{text(problem)}</li>
        ))}
      </ul>
    </Alert>
  );
}

function Outcome({ row }: { row: ReportRow }) {
  const t = useTranslations("spreadsheets.import");
  const { column, statusChange } = useLabels();
  const fields = row.changes.map((c) => column({ column: c, heading: null })).join(", ");
  return (
    <>
      <span className="font-medium">{t(`outcome.${row.outcome}`)}</span>
      {fields ? <span className="block text-muted">{t("changedFields", { fields })}</span> : null}
      {row.status ? (
        <span className="block text-muted">
          {t("statusChange", { change: statusChange(row.status) })}
        </span>
      ) : null}
    </>
  );
}

function RowTable({ rows }: { rows: ReportRow[] }) {
  const t = useTranslations("spreadsheets.import");
  return (
    <div className="space-y-2">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <div tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="border-b border-line bg-canvas text-left text-xs font-semibold uppercase tracking-wide text-muted [&_th]:px-3 [&_th]:py-2">
            <tr>
              <th scope="col">{t("tableRow")}</th>
              <th scope="col">{t("tableCode")}</th>
              <th scope="col">{t("tableTitle")}</th>
              <th scope="col">{t("tableOutcome")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line [&_td]:px-3 [&_td]:py-2 [&_td]:align-top">
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.row} className={row.outcome === "invalid" ? "bg-bad-soft" : undefined}>
                <td className="tabular-nums">{row.row}</td>
                <td className="whitespace-nowrap font-mono text-xs">{row.code}</td>
                <td>{row.title}</td>
                <td>
                  <Outcome row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN_ROWS ? (
        <p className="text-sm text-muted">
          {t("moreRows", { shown: SHOWN_ROWS, total: rows.length })}
        </p>
      ) : null}
    </div>
  );
}

/** The preview of an upload: what each row would do, every problem, and the confirm button. */
export function ImportReportView({
  report,
  notice,
  confirm,
}: {
  report: ImportReport;
  notice: MessageRef | null;
  confirm: ReactNode;
}) {
  const t = useTranslations("spreadsheets.import");
  const message = useMessage();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new report replaces the page's lower half: take keyboard and screen-reader users there.
  useEffect(() => heading.current?.focus(), []);
  const { counts, problems } = report;
  const nothingToDo = !problems.length && !confirm;
  return (
    <section aria-labelledby="import-report" className="space-y-4">
      <div className="space-y-1">
        <h2 id="import-report" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {t("previewHeading", { name: report.fileName })}
        </h2>
        {report.rows.length ? (
          <p className="text-sm text-muted">
            {report.encoding === "windows-1252"
              ? t("readAsWindows")
              : report.encoding === "windows-1251"
                ? t("readAsCyrillic")
                : t("readAs", { format: report.format === "xlsx" ? t("excel") : t("csv") })}
          </p>
        ) : null}
      </div>
      {notice ? <Alert tone="info">{message(notice)}</Alert> : null}
      {report.rows.length ? (
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <li>{t("counts.rows", { count: counts.rows })}</li>
          <li>{t("counts.create", { count: counts.create })}</li>
          <li>{t("counts.update", { count: counts.update })}</li>
          <li>{t("counts.unchanged", { count: counts.unchanged })}</li>
        </ul>
      ) : null}
      {problems.length ? <ProblemList problems={problems} /> : null}
      {nothingToDo ? <Alert tone="info">{t("nothingToDo")}</Alert> : null}
      {confirm}
      {report.rows.length ? <RowTable rows={report.rows} /> : null}
    </section>
  );
}
