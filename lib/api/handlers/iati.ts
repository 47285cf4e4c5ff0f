import "server-only";
import type { SessionLoad } from "@/lib/api/authenticate";
import { iatiXml } from "@/lib/api/iati";
import { problem } from "@/lib/api/problem";
import { iatiActivities, iatiOrganisation } from "@/lib/api/queries";
import { entityTag, refuse, serveGroupApi } from "@/lib/api/serve";
import { localizedValues } from "@/lib/i18n/localized";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { getPlan } from "@/lib/plans/queries";

type Load = () => Promise<SessionLoad>;
type GroupParams = Promise<{ group: string }>;

/** GET /api/v1/groups/{slug}/iati.xml?plan={number} — the plan's projects in IATI 2.03. */
export function getIati(request: Request, params: GroupParams, load: Load): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ db, url, now, group }) => {
    const planNumber = parseMeetingNumber(url.searchParams.get("plan") ?? "");
    if (planNumber === null)
      return refuse(
        problem("validation", { fieldErrors: { plan: [{ key: "validation.required" }] } }),
      );
    const [plan, organisation] = await Promise.all([
      getPlan(db, group.id, planNumber),
      iatiOrganisation(db),
    ]);
    if (!plan) return refuse(problem("not_found"));
    if (!organisation)
      return refuse(problem("conflict", { message: { key: "api.errors.iatiNotConfigured" } }));
    const activities = await iatiActivities(db, group.id, plan.id);
    if (!activities.length)
      return refuse(problem("not_found", { message: { key: "api.errors.iatiEmptyPlan" } }));
    const file = {
      organisation,
      reportingName: localizedValues(group, "name"),
      planStart: `${plan.periodStart}-01-01`,
      activities,
    };
    // The generation time is in the file: the entity tag is of everything else.
    return {
      kind: "text",
      body: iatiXml({ ...file, generatedAt: now.toISOString() }),
      contentType: "application/xml",
      etag: entityTag(JSON.stringify(file)),
      headers: {
        "content-disposition": `attachment; filename="${group.slug}-plan-${plan.number}-iati.xml"`,
      },
    };
  });
}
