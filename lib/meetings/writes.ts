import "server-only";
import { and, asc, eq, inArray, max, ne, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { agendaItems, decisions, meetings, memberships, projects, users } from "@/db/schema";
import { AppError, found, type MessageRef, refuseDuplicate } from "@/lib/errors";
import { activeContactIn } from "@/lib/projects/writes";
import type { MeetingState } from "@/lib/vocabulary";

export function fieldError(field: string, key: string, values?: MessageRef["values"]) {
  const message: MessageRef = values
    ? { key: `meetings.errors.${key}`, values }
    : { key: `meetings.errors.${key}` };
  return new AppError("validation", { fieldErrors: { [field]: [message] } });
}

/**
 * The meeting, scoped by id and group, locked until the transaction ends: every write to a
 * meeting or its parts takes this lock first, so checks and writes see one state at a time.
 */
export async function lockMeeting(tx: Transaction, groupId: string, meetingId: string) {
  return found(
    tx
      .select()
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), eq(meetings.groupId, groupId)))
      .for("update"),
  );
}

/** A cancelled meeting is kept as it was: nothing of it changes any more. */
export function assertNotCancelled(meeting: { state: MeetingState }) {
  if (meeting.state === "cancelled")
    throw new AppError("conflict", { message: { key: "meetings.errors.cancelled" } });
}

/**
 * Once closed, the meeting's record (details, attendees, agenda, minutes, decisions) is final;
 * a cancelled meeting's too.
 */
export function assertOpen(meeting: { closedAt: Date | null; state: MeetingState }) {
  assertNotCancelled(meeting);
  if (meeting.closedAt)
    throw new AppError("conflict", { message: { key: "meetings.errors.closed" } });
}

/** The meeting, locked until the transaction ends, refused once its record is final (assertOpen). */
export async function lockOpenMeeting(tx: Transaction, groupId: string, meetingId: string) {
  const meeting = await lockMeeting(tx, groupId, meetingId);
  assertOpen(meeting);
  return meeting;
}

/**
 * A save whose fingerprint (lib/meetings/fingerprints.ts) no longer matches would overwrite
 * someone else's newer edit. The refusal carries the fingerprint now, which the form sends
 * with its next attempt once the user has seen the newer version.
 */
export function assertUnchanged(submitted: string | null, current: string) {
  if (submitted !== null && submitted !== current)
    throw new AppError("conflict", {
      message: { key: "meetings.errors.changedMeanwhile" },
      conflict: { current, changes: [] },
    });
}

/** Linked projects must be the group's own. */
export async function assertGroupProjects(
  tx: Transaction,
  groupId: string,
  projectIds: readonly string[],
  field: string,
) {
  if (!projectIds.length) return;
  const found = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.groupId, groupId), inArray(projects.id, [...projectIds])));
  if (found.length !== new Set(projectIds).size) throw fieldError(field, "projectNotInGroup");
}

/** An action item's owner: an active coordinator or delegate of the group (who can complete it). */
export async function assertOwner(tx: Transaction, groupId: string, ownerId: string) {
  const [row] = await tx
    .select({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, ownerId), activeContactIn(groupId)));
  if (!row) throw fieldError("ownerId", "ownerNotMember");
}

/** Is the number free in the group (another meeting than `exceptId`)? */
export async function assertNumberFree(
  tx: Transaction,
  groupId: string,
  number: number,
  exceptId: string | null,
) {
  const [taken] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(
        eq(meetings.groupId, groupId),
        eq(meetings.number, number),
        exceptId ? ne(meetings.id, exceptId) : undefined,
      ),
    );
  if (taken) throw fieldError("number", "numberTaken", { number });
}

/** Runs a write in a savepoint; a unique violation (a race on the number) becomes a field error. */
export async function withUniqueNumber<T>(
  tx: Transaction,
  number: number,
  write: (savepoint: Transaction) => Promise<T>,
): Promise<T> {
  return refuseDuplicate(
    () => tx.transaction(write),
    () => fieldError("number", "numberTaken", { number }),
  );
}

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
