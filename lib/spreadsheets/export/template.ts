import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cooperationAreas } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { type Cell, IATI_CODES, type Sheet } from "@/lib/spreadsheets/cells";
import {
  EXPORT_ONLY_COLUMNS,
  PROJECT_COLUMNS,
  type ProjectColumnKey,
} from "@/lib/spreadsheets/columns";
import { sheetTranslator } from "@/lib/spreadsheets/labels";
import { CURRENCIES, PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";

/** The example row: content, so the same in every language's template (one column per language). */
const EXAMPLE: Partial<Record<ProjectColumnKey, Cell>> = {
  code: "2020-01",
  titleNb: "Felles beredskapsøvelse i Varangerfjorden",
  titleRu: "Совместные учения по ликвидации последствий аварий в Варангер-фьорде",
  titleEn: "Joint emergency preparedness exercise in the Varangerfjord",
  summaryEn: "Annual exercise of the rescue services on both sides of the border.",
  progress: 0,
  plannedStart: { date: "2020-03-01" },
  plannedEnd: { date: "2021-12-31" },
  leadOrgNo: "Hovedredningssentralen Nord-Norge",
  leadOrgRu: "ГУ МЧС России по Мурманской области",
  partners: "Norges Røde Kors\nКрасный Крест",
  places: "Kirkenes\nНикель",
  fundingAmount: { amount: "250000.00" },
  fundingCurrency: "NOK",
  fundingSource: "Barentssekretariatet",
};

const AREA_NAME = { nb: "nameNb", ru: "nameRu", en: "nameEn" } as const;

/**
 * The import template in one language: the project sheet (headings and one example row, the
 * export-only columns left out) and a sheet listing the values the coded columns accept.
 */
export async function templateSheets(
  db: Executor,
  groupId: string,
  lang: Locale,
): Promise<[Sheet, Sheet]> {
  const t = sheetTranslator(lang);
  const areas = await db
    .select()
    .from(cooperationAreas)
    .where(and(eq(cooperationAreas.groupId, groupId), isNull(cooperationAreas.archivedAt)))
    .orderBy(asc(cooperationAreas.position));
  const columns = PROJECT_COLUMNS.filter((c) => !EXPORT_ONLY_COLUMNS.includes(c.key));
  const example: Partial<Record<ProjectColumnKey, Cell>> = {
    ...EXAMPLE,
    area: areas[0]?.[AREA_NAME[lang]] ?? null,
    status: t("status.planned"),
    iati: IATI_CODES.planned,
  };
  const heading = (key: ProjectColumnKey) => t(`spreadsheets.columns.${key}`);
  const projectsSheet: Sheet = {
    name: t("spreadsheets.sheets.projects"),
    columns: columns.map((c) => ({ header: heading(c.key), kind: c.kind, width: c.width })),
    rows: [columns.map((c) => example[c.key] ?? null)],
  };
  const values: Cell[][] = [
    ...areas.map((a) => [heading("area"), a[AREA_NAME[lang]], null]),
    ...PROJECT_STATUSES.map((s) => [heading("status"), t(`status.${s}`), IATI_CODES[s]]),
    ...PROJECT_HEALTHS.map((h) => [heading("health"), t(`health.${h}`), null]),
    ...CURRENCIES.map((c) => [heading("fundingCurrency"), c, null]),
    [t("spreadsheets.valuesSheet.anyLanguage"), null, null],
  ];
  const valuesSheet: Sheet = {
    name: t("spreadsheets.sheets.values"),
    columns: [
      { header: t("spreadsheets.valuesSheet.column"), kind: "text", width: 28 },
      { header: t("spreadsheets.valuesSheet.value"), kind: "text", width: 36 },
      { header: t("spreadsheets.valuesSheet.iati"), kind: "integer", width: 12 },
    ],
    rows: values,
  };
  return [projectsSheet, valuesSheet];
}
