import { asc, eq, max, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { agendaItems, decisions } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** The two ordered lists of a meeting. Both have id, meeting_id and position. */
const TABLES = { agenda: agendaItems, decisions } as const;
export type OrderedList = keyof typeof TABLES;

/** Current ids in order. Call with the meeting locked. */
export async function currentOrder(tx: Transaction, list: OrderedList, meetingId: string) {
  const table = TABLES[list];
  const rows = await tx
    .select({ id: table.id })
    .from(table)
    .where(eq(table.meetingId, meetingId))
    .orderBy(asc(table.position), asc(table.id));
  return rows.map((row) => row.id);
}

export async function nextPosition(tx: Transaction, list: OrderedList, meetingId: string) {
  const table = TABLES[list];
  const [row] = await tx
    .select({ last: max(table.position) })
    .from(table)
    .where(eq(table.meetingId, meetingId));
  return (row?.last ?? 0) + 1;
}

const idArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

/**
 * Rewrites positions 1..n from the submitted order, in one statement. Refused when the
 * submitted ids are not exactly the list's current ones: someone added or removed an item
 * since the editor loaded, and applying the order would misplace it.
 */
export async function applyOrder(
  tx: Transaction,
  list: OrderedList,
  meetingId: string,
  order: readonly string[],
) {
  const current = await currentOrder(tx, list, meetingId);
  const known = new Set(current);
  if (order.length !== current.length || order.some((id) => !known.has(id)))
    throw new AppError("conflict", { message: { key: `meetings.errors.${list}Changed` } });
  if (!order.length) return current;
  const position = sql<number>`array_position(${idArray(order)}, ${TABLES[list].id})`;
  if (list === "agenda")
    await tx.update(agendaItems).set({ position }).where(eq(agendaItems.meetingId, meetingId));
  else await tx.update(decisions).set({ position }).where(eq(decisions.meetingId, meetingId));
  return current;
}

/** Closes the gap a deleted item left: positions 1..n again, in the same order. */
export async function compact(tx: Transaction, list: OrderedList, meetingId: string) {
  const order = await currentOrder(tx, list, meetingId);
  if (order.length) await applyOrder(tx, list, meetingId, order);
}
