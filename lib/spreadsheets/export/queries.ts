import "server-only";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  cooperationAreas,
  places,
  projectPlaces,
  projects,
  statusConfirmations,
  statusUpdates,
  users,
} from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { localizedColumns, localizedField, pickLocalized } from "@/lib/i18n/localized";
import {
  areaNameColumns,
  projectSummaryColumns,
  projectTitleColumns,
} from "@/lib/projects/columns";
import type { ProjectFilters } from "@/lib/projects/list/input";
import { filterConditions, type ListScope, projectListOrder } from "@/lib/projects/list/queries";
import { statusChangeColumns } from "@/lib/projects/status-updates/queries";
import { type Cell, IATI_CODES, type Sheet } from "@/lib/spreadsheets/cells";
import {
  HISTORY_COLUMNS,
  type HistoryColumnKey,
  PROJECT_COLUMNS,
  type ProjectColumnKey,
} from "@/lib/spreadsheets/columns";
import { sheetTranslator } from "@/lib/spreadsheets/labels";

export interface ExportScope extends ListScope {
  /** The reader's time zone: the calendar day of the last update depends on it. */
  timeZone: string;
}

/** The project's places' names in every language, in its order (the row's language is picked later). */
const placeNamesColumn = sql<{ nb: string; ru: string; en: string }[]>`(
  select coalesce(json_agg(json_build_object('nb', pl.name_nb, 'ru', pl.name_ru, 'en', pl.name_en)
    order by pp.position), '[]'::json)
  from ${projectPlaces} pp join ${places} pl on pl.id = pp.place_id
  where pp.project_id = ${projects.id})`;

const contactNo = alias(users, "contact_no");
const contactRu = alias(users, "contact_ru");

/**
 * Every project the list's filters select — all pages — with what a spreadsheet row shows,
 * in one query: areas and contacts joined, the latest status update through a lateral join, in
 * the list's order (so an export reads like the page it came from).
 */
export async function exportProjectRows(db: Executor, scope: ExportScope, filters: ProjectFilters) {
  const last = db
    .select({
      day: sql<string>`to_char(${statusUpdates.createdAt} at time zone ${scope.timeZone}, 'YYYY-MM-DD')`.as(
        "last_day",
      ),
      note: sql<string | null>`${statusUpdates.note}`.as("last_note"),
    })
    .from(statusUpdates)
    .where(eq(statusUpdates.projectId, projects.id))
    .orderBy(desc(statusUpdates.createdAt), desc(statusUpdates.id))
    .limit(1)
    .as("last_update");
  return db
    .select({
      ...projectTitleColumns,
      ...projectSummaryColumns,
      ...areaNameColumns,
      status: projects.status,
      health: projects.health,
      progress: projects.progress,
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      leadOrgNo: projects.leadOrgNo,
      leadOrgRu: projects.leadOrgRu,
      contactNoName: contactNo.name,
      contactNoEmail: contactNo.email,
      contactRuName: contactRu.name,
      contactRuEmail: contactRu.email,
      partners: projects.partners,
      places: placeNamesColumn,
      fundingAmount: projects.fundingAmount,
      fundingCurrency: projects.fundingCurrency,
      fundingSource: projects.fundingSource,
      lastUpdateDate: last.day,
      lastUpdateNote: last.note,
    })
    .from(projects)
    .innerJoin(cooperationAreas, eq(cooperationAreas.id, projects.areaId))
    .leftJoin(contactNo, eq(contactNo.id, projects.contactNoId))
    .leftJoin(contactRu, eq(contactRu.id, projects.contactRuId))
    .leftJoinLateral(last, sql`true`)
    .where(filterConditions(scope, filters))
    .orderBy(...projectListOrder(filters.sort, filters.dir, scope.locale));
}

export type ExportRow = Awaited<ReturnType<typeof exportProjectRows>>[number];

const AREA_NAME = { nb: "areaNb", ru: "areaRu", en: "areaEn" } as const;
const lines = (items: string[]) => (items.length ? items.join("\n") : null);
const day = (iso: string | null) => (iso ? { date: iso } : null);

/** One row per project, in the reader's language; titles and summaries in all three. */
export function projectSheet(rows: readonly ExportRow[], lang: Locale): Sheet {
  const t = sheetTranslator(lang);
  const cells = (row: ExportRow): Record<ProjectColumnKey, Cell> => ({
    code: row.code,
    ...localizedColumns(row, "title"),
    ...localizedColumns(row, "summary"),
    area: row[AREA_NAME[lang]],
    status: t(`status.${row.status}`),
    iati: IATI_CODES[row.status],
    health: row.health ? t(`health.${row.health}`) : null,
    progress: row.progress,
    plannedStart: day(row.plannedStart),
    plannedEnd: day(row.plannedEnd),
    leadOrgNo: row.leadOrgNo,
    leadOrgRu: row.leadOrgRu,
    contactNoName: row.contactNoName,
    contactNoEmail: row.contactNoEmail,
    contactRuName: row.contactRuName,
    contactRuEmail: row.contactRuEmail,
    partners: lines(row.partners),
    places: lines(row.places.map((place) => place[lang])),
    fundingAmount: row.fundingAmount ? { amount: row.fundingAmount } : null,
    fundingCurrency: row.fundingCurrency,
    fundingSource: row.fundingSource,
    lastUpdateDate: day(row.lastUpdateDate),
    lastUpdateNote: row.lastUpdateNote,
  });
  return {
    name: t("spreadsheets.sheets.projects"),
    columns: PROJECT_COLUMNS.map((c) => ({
      header: t(`spreadsheets.columns.${c.key}`),
      kind: c.kind,
      width: c.width,
    })),
    rows: rows.map((row) => {
      const byKey = cells(row);
      return PROJECT_COLUMNS.map((c) => byKey[c.key]);
    }),
  };
}

const author = alias(users, "author");
const confirmer = alias(users, "confirmer");

const localTime = (column: SQL | typeof statusUpdates.createdAt, timeZone: string) =>
  sql<string>`to_char(${column} at time zone ${timeZone}, 'YYYY-MM-DD"T"HH24:MI:SS')`;

/** The group's status updates (or one project's), newest first, in one query. */
export async function exportHistoryRows(
  db: Executor,
  scope: { groupId: string; projectId?: string; timeZone: string },
) {
  return db
    .select({
      at: localTime(statusUpdates.createdAt, scope.timeZone),
      ...projectTitleColumns,
      author: author.name,
      side: statusUpdates.authorDelegation,
      ...statusChangeColumns,
      note: statusUpdates.note,
      noteLocale: statusUpdates.noteLocale,
      nextSteps: statusUpdates.nextSteps,
      confirmedBy: confirmer.name,
      confirmedAt: sql<string | null>`case when ${statusConfirmations.createdAt} is null then null
        else ${localTime(sql`${statusConfirmations.createdAt}`, scope.timeZone)} end`,
    })
    .from(statusUpdates)
    .innerJoin(
      projects,
      and(eq(projects.id, statusUpdates.projectId), eq(projects.groupId, statusUpdates.groupId)),
    )
    .innerJoin(author, eq(author.id, statusUpdates.authorId))
    .leftJoin(statusConfirmations, eq(statusConfirmations.updateId, statusUpdates.id))
    .leftJoin(confirmer, eq(confirmer.id, statusConfirmations.userId))
    .where(
      and(
        eq(statusUpdates.groupId, scope.groupId),
        scope.projectId ? eq(statusUpdates.projectId, scope.projectId) : undefined,
      ),
    )
    .orderBy(desc(statusUpdates.createdAt), desc(statusUpdates.id));
}

export type HistoryRow = Awaited<ReturnType<typeof exportHistoryRows>>[number];

/** A project of the group by its code (archived ones too: their history is still history). */
export async function projectIdByCode(db: Executor, groupId: string, code: string) {
  if (!code || code.length > 64) return null;
  const [row] = await db
    .select({ id: projects.id, code: projects.code })
    .from(projects)
    .where(and(eq(projects.groupId, groupId), eq(projects.code, code)));
  return row ?? null;
}

export function historySheet(rows: readonly HistoryRow[], lang: Locale, timeZone: string): Sheet {
  const t = sheetTranslator(lang);
  const at = (iso: string | null) => (iso ? { dateTime: iso } : null);
  const cells = (row: HistoryRow): Record<HistoryColumnKey, Cell> => ({
    at: at(row.at),
    code: row.code,
    title: pickLocalized(localizedField(row, "title"), lang)?.text ?? null,
    author: row.author,
    side: t(`sides.${row.side}`),
    status: t(`status.${row.status}`),
    iati: IATI_CODES[row.status],
    health: row.health ? t(`health.${row.health}`) : null,
    progress: row.progress,
    previousStatus: row.previousStatus ? t(`status.${row.previousStatus}`) : null,
    previousHealth: row.previousHealth ? t(`health.${row.previousHealth}`) : null,
    previousProgress: row.previousProgress,
    note: row.note,
    noteLanguage: row.noteLocale ? t(`languages.${row.noteLocale}`) : null,
    nextSteps: row.nextSteps,
    confirmedBy: row.confirmedBy,
    confirmedAt: at(row.confirmedAt),
  });
  return {
    name: t("spreadsheets.sheets.history"),
    columns: HISTORY_COLUMNS.map((c) => ({
      header: t(`spreadsheets.historyColumns.${c.key}`, { zone: timeZone }),
      kind: c.kind,
      width: c.width,
    })),
    rows: rows.map((row) => {
      const byKey = cells(row);
      return HISTORY_COLUMNS.map((c) => byKey[c.key]);
    }),
  };
}
