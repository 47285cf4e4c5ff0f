import "server-only";
import type { SessionLoad } from "@/lib/api/authenticate";
import { iatiXml } from "@/lib/api/iati";
import { problem } from "@/lib/api/problem";
import { iatiActivities, iatiOrganisation } from "@/lib/api/queries";
import { entityTag, groupAccess, refuse, serveApi } from "@/lib/api/serve";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { getPlan } from "@/lib/plans/queries";

type Load = () => Promise<SessionLoad>;
type GroupParams = Promise<{ group: string }>;

/** GET /api/v1/groups/{slug}/iati.xml?plan={number} — the plan's projects in IATI 2.03. */
export function getIati(request: Request, params: GroupParams, load: Load): Promise<Response> {
  return serveApi(request, load, async ({ viewer, db, url, now }) => {
    const access = groupAccess(viewer, (await params).group);
    if ("problem" in access) return refuse(access.problem);
    const planNumber = parseMeetingNumber(url.searchParams.get("plan") ?? "");
    if (planNumber === null)
      return refuse(
        problem("validation", { fieldErrors: { plan: [{ key: "validation.required" }] } }),
      );
    const [plan, organisation] = await Promise.all([
      getPlan(db, access.group.id, planNumber),
      iatiOrganisation(db),
    ]);
    if (!plan) return refuse(problem("not_found"));
    if (!organisation)
      return refuse(problem("conflict", { message: { key: "api.errors.iatiNotConfigured" } }));
    const activities = await iatiActivities(db, access.group.id, plan.id);
    if (!activities.length)
      return refuse(problem("not_found", { message: { key: "api.errors.iatiEmptyPlan" } }));
    const { group } = access;
    const file = {
      organisation,
      reportingName: { nb: group.nameNb, ru: group.nameRu, en: group.nameEn },
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
