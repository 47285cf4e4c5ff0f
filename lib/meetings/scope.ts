import { and, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { meetings, memberships, projects, users, workingGroups } from "@/db/schema";
import { AppError, type MessageRef } from "@/lib/errors";

/** The group the guard authorised the action in (always set for group-scoped actions). */
export function requireScope(groupId: string | null): string {
  if (!groupId) throw new AppError("not_found");
  return groupId;
}

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
  const [meeting] = await tx
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.groupId, groupId)))
    .for("update");
  if (!meeting) throw new AppError("not_found");
  return meeting;
}

/** Once closed, the meeting's record (details, attendees, agenda, minutes, decisions) is final. */
export function assertOpen(meeting: { closedAt: Date | null }) {
  if (meeting.closedAt)
    throw new AppError("conflict", { message: { key: "meetings.errors.closed" } });
}

/** A save whose fingerprint no longer matches would overwrite someone else's newer edit. */
export function assertUnchanged(submitted: string | null, current: string) {
  if (submitted !== null && submitted !== current)
    throw new AppError("conflict", { message: { key: "meetings.errors.changedMeanwhile" } });
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
    .where(
      and(
        eq(memberships.groupId, groupId),
        eq(memberships.userId, ownerId),
        inArray(memberships.role, ["coordinator", "delegate"]),
        eq(users.active, true),
      ),
    );
  if (!row) throw fieldError("ownerId", "ownerNotMember");
}

export async function groupSlug(tx: Transaction, groupId: string): Promise<string> {
  const [row] = await tx
    .select({ slug: workingGroups.slug })
    .from(workingGroups)
    .where(eq(workingGroups.id, groupId));
  if (!row) throw new AppError("not_found");
  return row.slug;
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
        exceptId ? sql`${meetings.id} <> ${exceptId}` : undefined,
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
  try {
    return await tx.transaction(write);
  } catch (error) {
    if (sqlState(error) === "23505") throw fieldError("number", "numberTaken", { number });
    throw error;
  }
}

function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
