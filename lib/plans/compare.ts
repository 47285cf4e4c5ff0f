import "server-only";
import type { Executor } from "@/db/client";
import { getPlan, type PlanProject, type PlanSummary, planProjects } from "./queries";

export interface PlanDiff {
  /** In B, not in A. */
  added: PlanProject[];
  /** In A, not in B. */
  removed: PlanProject[];
  /** In both (as B lists them). */
  kept: PlanProject[];
}

/** The three lists of a comparison; each keeps its plan's order (area, then code). */
export function diffPlans(a: readonly PlanProject[], b: readonly PlanProject[]): PlanDiff {
  const inA = new Set(a.map((p) => p.id));
  const inB = new Set(b.map((p) => p.id));
  return {
    added: b.filter((p) => !inA.has(p.id)),
    removed: a.filter((p) => !inB.has(p.id)),
    kept: b.filter((p) => inA.has(p.id)),
  };
}

export interface PlanComparison extends PlanDiff {
  a: PlanSummary;
  b: PlanSummary;
}

/** Two plans of the group by number, side by side; null when either does not exist. */
export async function comparePlans(
  db: Executor,
  groupId: string,
  numberA: number,
  numberB: number,
): Promise<PlanComparison | null> {
  const [a, b] = await Promise.all([getPlan(db, groupId, numberA), getPlan(db, groupId, numberB)]);
  if (!a || !b) return null;
  const [listA, listB] = await Promise.all([
    planProjects(db, groupId, a.id),
    planProjects(db, groupId, b.id),
  ]);
  return { a, b, ...diffPlans(listA, listB) };
}

/**
 * The plans a comparison opens with when the link names none: the one before the current
 * (approved) plan and the current one; otherwise the two newest.
 */
export function defaultPair(plans: readonly Pick<PlanSummary, "number" | "state">[]) {
  const numbers = plans.map((p) => p.number).sort((x, y) => x - y);
  const current = plans.find((p) => p.state === "approved")?.number ?? numbers.at(-1);
  if (current === undefined) return null;
  const previous = numbers.filter((n) => n < current).at(-1) ?? numbers.find((n) => n !== current);
  return { a: previous ?? current, b: current };
}

/** The plan before the given one (plans come newest first), to compare it with. */
export function previousOf<P extends Pick<PlanSummary, "number">>(
  plans: readonly P[],
  number: number,
) {
  return plans.find((p) => p.number < number);
}
