import type { useFormatter } from "next-intl";

type Formatter = ReturnType<typeof useFormatter>;

/** A file size in the reader's language: "840 kB", "1,2 MB", "1,2 МБ". */
export function formatSize(format: Formatter, bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1000)
    return format.number(Math.max(1, Math.round(kb)), { style: "unit", unit: "kilobyte" });
  return format.number(kb / 1024, {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: kb / 1024 < 10 ? 1 : 0,
  });
}
