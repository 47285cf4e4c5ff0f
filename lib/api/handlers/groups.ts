import "server-only";
import type { z } from "zod";
import { listAreas } from "@/lib/admin/groups/queries";
import type { SessionLoad } from "@/lib/api/authenticate";
import { problem } from "@/lib/api/problem";
import { groupCommission } from "@/lib/api/queries";
import { areaOut } from "@/lib/api/represent";
import { API_BASE } from "@/lib/api/rules";
import type { GroupDetail, GroupList } from "@/lib/api/schemas";
import { json, refuse, serveApi, serveGroupApi } from "@/lib/api/serve";
import type { ViewerGroup } from "@/lib/auth/types";
import { localizedValues } from "@/lib/i18n/localized";

type Load = () => Promise<SessionLoad>;
type GroupParams = Promise<{ group: string }>;

const groupOut = (g: ViewerGroup) => ({
  slug: g.slug,
  name: localizedValues(g, "name"),
  role: g.role,
});

/** GET /api/v1/groups — the caller's groups (every group for an administrator). */
export function getGroups(request: Request, load: Load): Promise<Response> {
  return serveApi(request, load, async ({ viewer }) => {
    const body: z.output<typeof GroupList> = { items: viewer.groups.map(groupOut) };
    return json(body);
  });
}

/** GET /api/v1/groups/{slug} */
export function getGroup(request: Request, params: GroupParams, load: Load): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ db, group }) => {
    const row = await groupCommission(db, group.id);
    if (!row) return refuse(problem("not_found"));
    const base = `${API_BASE}/groups/${group.slug}`;
    const body: z.output<typeof GroupDetail> = {
      ...groupOut(group),
      commission: row,
      links: {
        areas: `${base}/areas`,
        plans: `${base}/plans`,
        projects: `${base}/projects`,
        meetings: `${base}/meetings`,
        actionItems: `${base}/action-items`,
      },
    };
    return json(body);
  });
}

/** GET /api/v1/groups/{slug}/areas — in their order, archived ones marked. */
export function getAreas(request: Request, params: GroupParams, load: Load): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ db, group }) => {
    const areas = await listAreas(db, group.id);
    return json({ items: areas.map(areaOut) });
  });
}
