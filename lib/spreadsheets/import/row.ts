import type { z } from "zod";
import type { MessageRef } from "@/lib/errors";
import { localizedKeys } from "@/lib/i18n/localized";
import { placeNamed } from "@/lib/places/rules";
import {
  type CreateProjectInput,
  createProjectInput,
  type UpdateProjectInput,
  updateProjectInput,
} from "@/lib/projects/input";
import { INITIAL_STATUSES } from "@/lib/projects/rules";
import { needsHealth } from "@/lib/projects/status-updates/rules";
import { sameText } from "@/lib/spreadsheets/cells";
import {
  EXPORT_ONLY_COLUMNS,
  type ProjectColumnKey,
  TITLE_COLUMNS,
} from "@/lib/spreadsheets/columns";
import type { ColumnIndex } from "@/lib/spreadsheets/headers";
import type { ExistingProject, GroupFacts, Person } from "@/lib/spreadsheets/import/queries";
import type { ImportProblem, ProjectState } from "@/lib/spreadsheets/import/types";
import {
  amountText,
  cellText,
  parseCurrency,
  parseDate,
  parseHealth,
  parseIati,
  parseProgress,
  parseStatus,
} from "@/lib/spreadsheets/import/values";
import { fold } from "@/lib/spreadsheets/labels";
import type { RawCell, RawRow } from "@/lib/spreadsheets/read";
import { toFieldErrors } from "@/lib/validation";
import type { Delegation } from "@/lib/vocabulary";

/** What one row asks for, checked by the same rules as the project form. */
export type RowPlan =
  | { kind: "create"; input: CreateProjectInput; state: ProjectState; statusUpdate: boolean }
  | {
      kind: "update";
      current: ExistingProject;
      input: UpdateProjectInput;
      state: ProjectState;
      statusUpdate: boolean;
    }
  | { kind: "invalid" };

const TEXT_FIELDS = [
  ...localizedKeys("title"),
  ...localizedKeys("summary"),
  "leadOrgNo",
  "leadOrgRu",
  "fundingSource",
] as const;

/** The project form's field names → the spreadsheet column their errors belong to. */
const FIELD_COLUMN: Record<string, ProjectColumnKey> = {
  code: "code",
  areaId: "area",
  status: "status",
  plannedStart: "plannedStart",
  plannedEnd: "plannedEnd",
  partners: "partners",
  places: "places",
  fundingAmount: "fundingAmount",
  fundingCurrency: "fundingCurrency",
  ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, f])),
};

type FormFields = Record<string, string>;

/** An existing project as the edit form would show it. */
function formOf(project: ExistingProject): FormFields {
  return {
    code: project.code,
    areaId: project.areaId,
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, project[f] ?? ""])),
    plannedStart: project.plannedStart ?? "",
    plannedEnd: project.plannedEnd ?? "",
    contactNoId: project.contactNoId ?? "",
    contactRuId: project.contactRuId ?? "",
    partners: project.partners.join("\n"),
    places: project.places.join("\n"),
    fundingAmount: project.fundingAmount ?? "",
    fundingCurrency: project.fundingCurrency ?? "",
  };
}

export interface RowContext {
  groupId: string;
  columns: ColumnIndex;
  facts: GroupFacts;
}

/** Checks one row and works out what it would write; every problem is pushed to `problems`. */
export function planRow(
  context: RowContext,
  row: RawRow,
  existing: ExistingProject | undefined,
  problems: ImportProblem[],
): RowPlan {
  const { columns, facts } = context;
  const flagged = new Set<ProjectColumnKey>();
  const problem = (column: ProjectColumnKey | null, message: MessageRef) => {
    if (column) flagged.add(column);
    problems.push({ row: row.number, column, heading: null, message });
  };
  const fail = (column: ProjectColumnKey, key: string, values?: MessageRef["values"]) =>
    problem(
      column,
      values
        ? { key: `spreadsheets.errors.${key}`, values }
        : { key: `spreadsheets.errors.${key}` },
    );

  /** The row's cell of a column; undefined when the file has no such column (or a formula there). */
  const cell = (key: ProjectColumnKey): RawCell | undefined => {
    const index = columns.get(key);
    if (index === undefined) return undefined;
    const value = row.cells[index] ?? { kind: "empty" };
    if (value.kind !== "formula") return value;
    if (!flagged.has(key)) fail(key, "formula");
    return undefined;
  };
  for (const key of columns.keys()) if (!EXPORT_ONLY_COLUMNS.includes(key)) cell(key);

  const form: FormFields = existing ? formOf(existing) : {};
  const code = cell("code");
  form.code = code ? (cellText(code) ?? "") : (form.code ?? "");
  for (const field of TEXT_FIELDS) {
    const value = cell(field);
    if (value === undefined) continue;
    const text = (cellText(value) ?? "").trim();
    // Line ends are not content: a spreadsheet turning CRLF into LF changes nothing.
    if (!existing || !sameText(text, existing[field]?.trim() ?? null)) form[field] = text;
  }
  for (const field of ["plannedStart", "plannedEnd"] as const) {
    const value = cell(field);
    if (value === undefined) continue;
    const date = parseDate(value);
    if (date.ok) form[field] = date.value ?? "";
    else fail(field, date.error);
  }
  const partners = cell("partners");
  if (partners !== undefined) form.partners = cellText(partners) ?? "";
  const places = cell("places");
  if (places !== undefined) form.places = placeKeys(places, facts, fail);
  const amount = cell("fundingAmount");
  if (amount !== undefined) form.fundingAmount = amountText(amount);
  const currency = cell("fundingCurrency");
  if (currency !== undefined) {
    const parsed = parseCurrency(currency);
    if (parsed.ok) form.fundingCurrency = parsed.value;
    else fail("fundingCurrency", parsed.error);
  }
  const area = cell("area");
  if (area !== undefined)
    form.areaId = resolveArea(area, existing, facts, () => fail("area", "areaUnknown"));
  for (const side of ["NO", "RU"] as const) {
    const field = side === "NO" ? "contactNoId" : "contactRuId";
    const resolved = resolveContact(side, cell, existing, facts.people, fail);
    if (resolved !== undefined) form[field] = resolved;
  }

  const state = targetState(cell, existing, fail);
  const plainCreate =
    (INITIAL_STATUSES as readonly string[]).includes(state.status) &&
    state.health === null &&
    state.progress === 0;
  const statusUpdate = existing
    ? state.status !== existing.status ||
      state.health !== existing.health ||
      state.progress !== existing.progress
    : !plainCreate;
  if (statusUpdate && needsHealth(state.status) && state.health === null && !flagged.has("health"))
    fail(columns.has("health") ? "health" : "status", "healthRequired");

  const parsed = existing
    ? updateProjectInput.safeParse({
        ...form,
        projectId: existing.id,
        version: String(existing.version),
        milestones: "[]",
      })
    : createProjectInput.safeParse({
        ...form,
        groupId: context.groupId,
        status: plainCreate ? state.status : "planned",
        milestones: "[]",
      });
  if (!parsed.success) reportSchemaErrors(parsed.error, columns, flagged, problem);
  if (!parsed.success || problems.some((p) => p.row === row.number)) return { kind: "invalid" };
  if (existing)
    return {
      kind: "update",
      current: existing,
      input: parsed.data as UpdateProjectInput,
      state,
      statusUpdate,
    };
  return { kind: "create", input: parsed.data as CreateProjectInput, state, statusUpdate };
}

function reportSchemaErrors(
  error: z.ZodError,
  columns: ColumnIndex,
  flagged: Set<ProjectColumnKey>,
  problem: (column: ProjectColumnKey | null, message: MessageRef) => void,
) {
  for (const [field, messages] of Object.entries(toFieldErrors(error))) {
    const column = columnOfField(field, columns);
    if (column && flagged.has(column)) continue;
    for (const message of messages) problem(column, message);
  }
}

function columnOfField(field: string, columns: ColumnIndex): ProjectColumnKey | null {
  if (field === "title") return TITLE_COLUMNS.find((c) => columns.has(c)) ?? "titleNb";
  if (field === "contactNoId" || field === "contactRuId") {
    const side = field === "contactNoId" ? "No" : "Ru";
    return columns.has(`contact${side}Email`) ? `contact${side}Email` : `contact${side}Name`;
  }
  return FIELD_COLUMN[field] ?? null;
}

/** An area by its name in any language; the project's own area stays acceptable when archived. */
function resolveArea(
  cell: RawCell,
  existing: ExistingProject | undefined,
  facts: GroupFacts,
  unknown: () => void,
): string {
  const name = cellText(cell)?.trim();
  if (!name) return "";
  const wanted = fold(name);
  const matches = facts.areas.filter((a) => a.names.some((n) => fold(n) === wanted));
  const area = matches.find((a) => a.id === existing?.areaId) ?? matches.find((a) => !a.archived);
  if (!area) unknown();
  return area?.id ?? "";
}

type Fail = (column: ProjectColumnKey, key: string, values?: MessageRef["values"]) => void;

/** Places by any of their names or spellings, one per line (or separated by ";" or ","). */
function placeKeys(cell: RawCell, facts: GroupFacts, fail: Fail): string {
  const names = (cellText(cell) ?? "")
    .split(/[\r\n;,]+/)
    .map((name) => name.trim())
    .filter(Boolean);
  const keys: string[] = [];
  for (const name of names) {
    const place = placeNamed(facts.places, name);
    if (place) keys.push(place.key);
    else fail("places", "placeUnknown", { name });
  }
  return keys.join("\n");
}

/**
 * A contact person by email address or by exact name among the group's coordinators and
 * delegates of the side; the project's current contact stays acceptable even if no longer
 * eligible (as in the edit form). Undefined when the file has neither column.
 */
function resolveContact(
  side: Delegation,
  cell: (key: ProjectColumnKey) => RawCell | undefined,
  existing: ExistingProject | undefined,
  people: Person[],
  fail: Fail,
): string | undefined {
  const nameColumn = side === "NO" ? "contactNoName" : "contactRuName";
  const emailColumn = side === "NO" ? "contactNoEmail" : "contactRuEmail";
  const nameCell = cell(nameColumn);
  const emailCell = cell(emailColumn);
  if (nameCell === undefined && emailCell === undefined) return undefined;
  const name = nameCell ? cellText(nameCell)?.trim() : undefined;
  const email = emailCell ? cellText(emailCell)?.trim().toLowerCase() : undefined;
  if (!name && !email) return "";
  const current = side === "NO" ? existing?.contactNo : existing?.contactRu;
  const candidates = [
    ...(current ? [current] : []),
    ...people.filter((p) => p.delegation === side && p.id !== current?.id),
  ];
  if (email) {
    const match = candidates.find((p) => p.email.toLowerCase() === email);
    if (!match) fail(emailColumn, `contactUnknown${side}`);
    else if (name && fold(name) !== fold(match.name)) fail(nameColumn, "contactMismatch");
    return match?.id ?? "";
  }
  const wanted = fold(name ?? "");
  if (current && fold(current.name) === wanted) return current.id;
  const matches = candidates.filter((p) => fold(p.name) === wanted);
  if (matches.length > 1) fail(nameColumn, "contactAmbiguous");
  else if (!matches.length) fail(nameColumn, `contactUnknown${side}`);
  return matches.length === 1 ? (matches[0]?.id ?? "") : "";
}

/**
 * Status, health and progress the row asks for. A column the file leaves out keeps the
 * current value; health is dropped for statuses that are not rated, as in the update form.
 */
function targetState(
  cell: (key: ProjectColumnKey) => RawCell | undefined,
  existing: ExistingProject | undefined,
  fail: Fail,
): ProjectState {
  const statusCell = cell("status");
  const iatiCell = cell("iati");
  const byWord = statusCell ? parseStatus(statusCell) : { ok: true as const, value: null };
  const byCode = iatiCell ? parseIati(iatiCell) : { ok: true as const, value: null };
  if (!byWord.ok) fail("status", byWord.error);
  if (!byCode.ok) fail("iati", byCode.error);
  const word = byWord.ok ? byWord.value : null;
  const code = byCode.ok ? byCode.value : null;
  if (word && code && word !== code) fail("status", "statusMismatch");
  const status = word ?? code ?? existing?.status ?? "proposed";

  let health = existing && needsHealth(status) ? existing.health : null;
  const healthCell = cell("health");
  if (healthCell !== undefined) {
    const parsed = parseHealth(healthCell);
    if (!parsed.ok) fail("health", parsed.error);
    else if (parsed.value && !needsHealth(status)) fail("health", "healthNotRated");
    else health = parsed.value;
  }
  let progress = existing?.progress ?? 0;
  const progressCell = cell("progress");
  if (progressCell !== undefined) {
    const parsed = parseProgress(progressCell);
    if (!parsed.ok) fail("progress", parsed.error);
    else if (parsed.value !== null) progress = parsed.value;
  }
  return { status, health, progress };
}
