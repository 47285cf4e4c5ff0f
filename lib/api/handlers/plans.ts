import "server-only";
import type { SessionLoad } from "@/lib/api/authenticate";
import { problem } from "@/lib/api/problem";
import { planProjectOut, planSummaryOut } from "@/lib/api/represent";
import { decodeSegment, json, refuse, serveGroupApi } from "@/lib/api/serve";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { getPlan, listPlans, planProjects } from "@/lib/plans/queries";

type Load = () => Promise<SessionLoad>;
type GroupParams = Promise<{ group: string }>;
type PlanParams = Promise<{ group: string; number: string }>;

/** GET /api/v1/groups/{slug}/plans — newest first. */
export function getPlans(request: Request, params: GroupParams, load: Load): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ db, group }) => {
    const plans = await listPlans(db, group.id);
    return json({ items: plans.map(planSummaryOut) });
  });
}

/** GET /api/v1/groups/{slug}/plans/{number} — with its projects, in area order. */
export function getPlanRoute(request: Request, params: PlanParams, load: Load): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ db, group, params: { number } }) => {
    const planNumber = parseMeetingNumber(decodeSegment(number));
    const plan = planNumber ? await getPlan(db, group.id, planNumber) : null;
    if (!plan) return refuse(problem("not_found"));
    const listed = await planProjects(db, group.id, plan.id);
    return json({ ...planSummaryOut(plan), projects: listed.map(planProjectOut) });
  });
}
