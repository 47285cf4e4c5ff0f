import "server-only";
import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { type WorkPlan, workingGroups, workPlans } from "@/db/schema";
import { AppError, found, sqlState } from "@/lib/errors";

/**
 * Serialises the group's plan writes (numbering, one draft, one approved plan). "No key
 * update" leaves the foreign-key checks of everyday inserts into the group unblocked.
 */
export async function lockGroupPlans(tx: Transaction, groupId: string): Promise<string> {
  const group = await found(
    tx
      .select({ slug: workingGroups.slug })
      .from(workingGroups)
      .where(eq(workingGroups.id, groupId))
      .for("no key update"),
  );
  return group.slug;
}

/** The plan, scoped by id and group, locked until the transaction ends. */
export async function lockPlan(
  tx: Transaction,
  groupId: string,
  planId: string,
): Promise<WorkPlan> {
  return found(
    tx
      .select()
      .from(workPlans)
      .where(and(eq(workPlans.id, planId), eq(workPlans.groupId, groupId)))
      .for("update"),
  );
}

export function frozenError() {
  return new AppError("conflict", { message: { key: "plans.errors.frozen" } });
}

/** Approved and superseded plans are frozen; say so before the database has to. */
export function assertDraft(plan: Pick<WorkPlan, "state">) {
  if (plan.state !== "draft") throw frozenError();
}

/** The plan, locked, and still a draft: what every change of a plan's content starts from. */
export async function lockDraft(tx: Transaction, groupId: string, planId: string) {
  const plan = await lockPlan(tx, groupId, planId);
  assertDraft(plan);
  return plan;
}

const RESTRICT_VIOLATION = "23001";

/**
 * Runs a write on a plan's project list. The freeze trigger (0001_history_guards.sql) refuses
 * it once the plan is approved, e.g. when an approval won a race; that becomes the same
 * translated answer as the check before it.
 */
export async function writeToPlan<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (sqlState(error) === RESTRICT_VIOLATION) throw frozenError();
    throw error;
  }
}
