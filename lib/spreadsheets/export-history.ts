import "server-only";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { projects, statusConfirmations, statusUpdates, users } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { localizedField, pickLocalized } from "@/lib/i18n/localized";
import { type Cell, IATI_CODES, type Sheet } from "./cells";
import { HISTORY_COLUMNS, type HistoryColumnKey } from "./columns";
import { sheetTranslator } from "./labels";

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
      code: projects.code,
      titleNb: projects.titleNb,
      titleRu: projects.titleRu,
      titleEn: projects.titleEn,
      author: author.name,
      side: statusUpdates.authorDelegation,
      status: statusUpdates.status,
      health: statusUpdates.health,
      progress: statusUpdates.progress,
      previousStatus: statusUpdates.previousStatus,
      previousHealth: statusUpdates.previousHealth,
      previousProgress: statusUpdates.previousProgress,
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
