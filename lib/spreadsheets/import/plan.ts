import "server-only";
import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { localizedValues, pickLocalized } from "@/lib/i18n/localized";
import { diffSnapshots, type ProjectSnapshot, snapshotOf } from "@/lib/projects/snapshot";
import type { ProjectColumnKey } from "@/lib/spreadsheets/columns";
import { mapColumns } from "@/lib/spreadsheets/headers";
import { type ExistingProject, loadGroupFacts } from "@/lib/spreadsheets/import/queries";
import { planRow, type RowPlan } from "@/lib/spreadsheets/import/row";
import type { ImportProblem, ReportRow } from "@/lib/spreadsheets/import/types";
import { cellText } from "@/lib/spreadsheets/import/values";
import type { RawSheet } from "@/lib/spreadsheets/read";

export type PlannedWrite = Exclude<RowPlan, { kind: "invalid" }> & { row: number };

export interface ImportPlan {
  rows: ReportRow[];
  problems: ImportProblem[];
  /** The rows that change something, in file order. */
  writes: PlannedWrite[];
  /**
   * Which projects the plan was made against, and at which versions: a confirmation made
   * against other versions than the preview showed is refused.
   */
  fingerprint: string;
}

/** Snapshot fields (as the audit log names them) → the spreadsheet column that shows them. */
const SNAPSHOT_COLUMN: Partial<Record<keyof ProjectSnapshot, ProjectColumnKey>> = {
  code: "code",
  area: "area",
  titleNb: "titleNb",
  titleRu: "titleRu",
  titleEn: "titleEn",
  summaryNb: "summaryNb",
  summaryRu: "summaryRu",
  summaryEn: "summaryEn",
  plannedStart: "plannedStart",
  plannedEnd: "plannedEnd",
  leadOrgNo: "leadOrgNo",
  leadOrgRu: "leadOrgRu",
  contactNo: "contactNoName",
  contactRu: "contactRuName",
  partners: "partners",
  places: "places",
  fundingAmount: "fundingAmount",
  fundingCurrency: "fundingCurrency",
  fundingSource: "fundingSource",
};

/** The fields an import update changes (milestones are never imported). */
export function importDiff(current: ExistingProject, input: Parameters<typeof snapshotOf>[0]) {
  return diffSnapshots(snapshotOf(current, []), snapshotOf(input, []));
}

/**
 * Checks every row of a sheet against the group — areas, contacts, codes, the project form's
 * rules — and works out what each would write. Reads only; with `lock` (inside the confirming
 * transaction) the matched projects are locked until it ends.
 */
export async function planImport(
  db: Executor,
  scope: { groupId: string; locale: Locale },
  sheet: RawSheet,
  { lock }: { lock: boolean },
): Promise<ImportPlan> {
  const { columns, problems } = mapColumns(sheet, scope.locale);
  if (problems.length) return { rows: [], problems, writes: [], fingerprint: "" };
  if (!sheet.rows.length)
    return {
      rows: [],
      problems: [
        { row: null, column: null, heading: null, message: { key: "spreadsheets.errors.noRows" } },
      ],
      writes: [],
      fingerprint: "",
    };
  const text = (cells: RawRow["cells"], key: ProjectColumnKey) => {
    const index = columns.get(key);
    const cell = index === undefined ? undefined : cells[index];
    return (cell && cell.kind !== "formula" ? cellText(cell) : null)?.trim() || null;
  };
  const codeOf = (cells: RawRow["cells"]) => text(cells, "code") ?? "";
  /** What a row that could not be checked is called in the preview: its titles as written. */
  const titlesOf = (row: RawRow) => ({
    titleNb: text(row.cells, "titleNb"),
    titleRu: text(row.cells, "titleRu"),
    titleEn: text(row.cells, "titleEn"),
  });
  const codes = sheet.rows.map((r) => codeOf(r.cells)).filter(Boolean);
  const facts = await loadGroupFacts(db, scope.groupId, codes, { lock });

  const firstRowOf = new Map<string, number>();
  const rows: ReportRow[] = [];
  const writes: PlannedWrite[] = [];
  const seen: string[] = [];
  for (const row of sheet.rows) {
    const code = codeOf(row.cells);
    const key = code.toLowerCase();
    const first = code ? firstRowOf.get(key) : undefined;
    if (first !== undefined)
      problems.push({
        row: row.number,
        column: "code",
        heading: null,
        message: { key: "spreadsheets.errors.duplicateCode", values: { row: first } },
      });
    else if (code) firstRowOf.set(key, row.number);
    const existing = first === undefined ? facts.existing.get(key) : undefined;
    const plan = planRow({ groupId: scope.groupId, columns, facts }, row, existing, problems);
    seen.push(existing ? `${existing.id}@${existing.version}` : `${key}:new`);
    const titles = plan.kind === "invalid" ? (existing ?? titlesOf(row)) : plan.input;
    const title = pickLocalized(localizedValues(titles, "title"), scope.locale);
    const report = reportRow(row.number, code, title?.text ?? null, plan, problems);
    rows.push(report);
    const changes = report.outcome === "create" || report.outcome === "update";
    if (changes && plan.kind !== "invalid") writes.push({ ...plan, row: row.number });
  }
  const fingerprint = createHash("sha256").update(seen.sort().join("\n")).digest("base64url");
  return { rows, problems, writes, fingerprint };
}

type RawRow = RawSheet["rows"][number];

function reportRow(
  row: number,
  code: string,
  title: string | null,
  plan: RowPlan,
  problems: ImportProblem[],
): ReportRow {
  const base = { row, code, title, changes: [] as ProjectColumnKey[], status: null };
  if (plan.kind === "invalid" || problems.some((p) => p.row === row))
    return { ...base, outcome: "invalid" };
  const status = plan.statusUpdate
    ? {
        from:
          plan.kind === "update"
            ? {
                status: plan.current.status,
                health: plan.current.health,
                progress: plan.current.progress,
              }
            : null,
        to: plan.state,
      }
    : null;
  if (plan.kind === "create") return { ...base, outcome: "create", status };
  const changes = importDiff(plan.current, plan.input)
    .fields.map((field) => SNAPSHOT_COLUMN[field])
    .filter((c): c is ProjectColumnKey => c !== undefined);
  const changed = changes.length > 0 || plan.statusUpdate;
  if (changed && plan.current.archivedAt) {
    problems.push({
      row,
      column: "code",
      heading: null,
      message: { key: "spreadsheets.errors.archived" },
    });
    return { ...base, outcome: "invalid" };
  }
  return { ...base, outcome: changed ? "update" : "unchanged", changes, status };
}
