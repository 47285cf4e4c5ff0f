import type { ImportReport } from "./types";

/** What an import accepts, shown to the coordinator before they upload and checked after. */

/** Uploads larger than this are refused before anything is parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;
/** Data rows per file: a work plan has tens of projects, a large one a few hundred. */
export const MAX_ROWS = 2000;
/**
 * Columns a file may fill: the import knows 27, and a file may carry a few of its own (they
 * are reported). A filled cell further right refuses the file, before anything is built.
 */
export const MAX_COLUMNS = 64;
/** Characters in one cell: Excel's own limit. */
export const MAX_CELL_CHARS = 32_767;
/** An XLSX file is a ZIP archive: what it may inflate to, and how many parts it may hold. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
export const MAX_UNPACKED_MB = MAX_UNPACKED_BYTES / 1024 / 1024;
export const MAX_ZIP_ENTRIES = 1000;

/** A refused confirmation carries the file checked again as its data: this report. */
export function isImportReport(data: unknown): data is ImportReport {
  return Array.isArray((data as ImportReport | undefined)?.rows);
}
