import type { MessageRef } from "@/lib/errors";
import type { ProjectColumnKey } from "@/lib/spreadsheets/columns";
import type { ProjectHealth, ProjectStatus } from "@/lib/vocabulary";

/**
 * What an import check tells the coordinator; plain data, sent to the browser as it is.
 * Messages are keys, translated where they are shown.
 */
export interface ImportProblem {
  /** The spreadsheet row (the header is row 1); null for the file as a whole. */
  row: number | null;
  column: ProjectColumnKey | null;
  /** The heading as written (for unrecognised columns) or the column's letter. */
  heading: string | null;
  message: MessageRef;
}

export interface ProjectState {
  status: ProjectStatus;
  health: ProjectHealth | null;
  progress: number;
}

export type RowOutcome = "create" | "update" | "unchanged" | "invalid";

export interface ReportRow {
  row: number;
  code: string;
  title: string | null;
  outcome: RowOutcome;
  /** The columns whose values change (status, health and progress go into `status`). */
  changes: ProjectColumnKey[];
  /** The status update the import records: from null for a new project. */
  status: { from: ProjectState | null; to: ProjectState } | null;
}

export interface ImportReport {
  fileName: string;
  format: "csv" | "xlsx";
  encoding: "utf-8" | "utf-16" | "windows-1252" | "windows-1251" | null;
  rows: ReportRow[];
  problems: ImportProblem[];
  counts: { rows: number; create: number; update: number; unchanged: number };
  /** What the confirm form sends back: the file and a signature. Null when there is nothing to confirm. */
  confirm: { content: string; token: string } | null;
}

export interface ImportResult {
  groupSlug: string;
  fileName: string;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * What the import page shows after an answer: the report of a checked file (to confirm, or
 * with its problems), or what a confirmed import wrote.
 */
export type ImportOutcome =
  | { kind: "report"; report: ImportReport }
  | ({ kind: "done" } & ImportResult);
