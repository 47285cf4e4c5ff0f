import { IATI_CODES, serialToIso } from "@/lib/spreadsheets/cells";
import { fold, wordIndex } from "@/lib/spreadsheets/labels";
import type { RawCell } from "@/lib/spreadsheets/read";
import {
  CURRENCIES,
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
  type ProjectHealth,
  type ProjectStatus,
} from "@/lib/vocabulary";

/** A cell's value, or the key (under spreadsheets.errors) of what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** A cell as text; numbers as written, dates in ISO 8601. Empty cells are null. */
export function cellText(cell: RawCell): string | null {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
      return String(cell.value);
    case "date":
      return cell.iso;
    default:
      return null;
  }
}

let statuses: Map<string, ProjectStatus> | undefined;
let healths: Map<string, ProjectHealth> | undefined;
const BY_IATI = new Map(Object.entries(IATI_CODES).map(([s, code]) => [code, s as ProjectStatus]));

/** An IATI activity status code, 1–6. */
export function parseIati(cell: RawCell): Parsed<ProjectStatus | null> {
  const text = cellText(cell)?.trim();
  if (!text) return ok(null);
  const status = /^\d$/.test(text) ? BY_IATI.get(Number(text) as 1) : undefined;
  return status ? ok(status) : bad("statusUnknown");
}

/** A status in any of the three languages, its code (in_progress) or its IATI code. */
export function parseStatus(cell: RawCell): Parsed<ProjectStatus | null> {
  const text = cellText(cell)?.trim();
  if (!text) return ok(null);
  if (/^\d$/.test(text)) return parseIati(cell);
  statuses ??= wordIndex(PROJECT_STATUSES, (t, s) => t(`status.${s}`));
  const status = statuses.get(fold(text));
  return status ? ok(status) : bad("statusUnknown");
}

export function parseHealth(cell: RawCell): Parsed<ProjectHealth | null> {
  const text = cellText(cell)?.trim();
  if (!text) return ok(null);
  healths ??= wordIndex(PROJECT_HEALTHS, (t, h) => t(`health.${h}`));
  const health = healths.get(fold(text));
  return health ? ok(health) : bad("healthUnknown");
}

/** A whole percentage from 0 to 100: 60, "60", "60 %". */
export function parseProgress(cell: RawCell): Parsed<number | null> {
  if (cell.kind === "number")
    return Number.isInteger(cell.value) && cell.value >= 0 && cell.value <= 100
      ? ok(cell.value)
      : bad("progress");
  const text = cellText(cell)?.trim();
  if (!text) return ok(null);
  const match = /^(\d{1,3})\s*%?$/.exec(text);
  const value = match ? Number(match[1]) : Number.NaN;
  return value >= 0 && value <= 100 ? ok(value) : bad("progress");
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day || year < 1900 || year > 9999) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date cell, an Excel day number, or text as 2018-03-15, 15.03.2018 (nb, ru) or 15/03/2018
 * (British English); never month-first, which no language of the app writes.
 */
export function parseDate(cell: RawCell): Parsed<string | null> {
  if (cell.kind === "date") return ok(cell.iso);
  if (cell.kind === "number") {
    const iso = serialToIso(cell.value);
    return iso ? ok(iso) : bad("date");
  }
  const text = cellText(cell)?.trim();
  if (!text) return ok(null);
  let parts: RegExpExecArray | null = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (parts) {
    const iso = validDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
    return iso ? ok(iso) : bad("date");
  }
  parts = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const iso = parts ? validDate(Number(parts[3]), Number(parts[2]), Number(parts[1])) : null;
  return iso ? ok(iso) : bad("date");
}

/** An amount for the project form's parser: numbers with two decimals, text as written. */
export function amountText(cell: RawCell): string {
  if (cell.kind === "number") return Number.isFinite(cell.value) ? cell.value.toFixed(2) : "x";
  return cellText(cell)?.trim() ?? "";
}

export function parseCurrency(cell: RawCell): Parsed<string> {
  const text = cellText(cell)?.trim().toUpperCase() ?? "";
  return !text || (CURRENCIES as readonly string[]).includes(text) ? ok(text) : bad("currency");
}
