import "server-only";
import { ACTION_ITEMS_PAGE_SIZE, parseActionItemFilters } from "@/lib/action-items/input";
import { listActionItems } from "@/lib/action-items/queries";
import type { SessionLoad } from "@/lib/api/authenticate";
import { decodeCursor, encodeCursor } from "@/lib/api/paging";
import { problem } from "@/lib/api/problem";
import { actionItemOut } from "@/lib/api/represent";
import { ActionItemQuery } from "@/lib/api/schemas";
import { json, refuse, serveGroupApi } from "@/lib/api/serve";
import { todayIso } from "@/lib/clock";
import { checkQuery } from "./projects";

type Load = () => Promise<SessionLoad>;
type GroupParams = Promise<{ group: string }>;

/** GET /api/v1/groups/{slug}/action-items — the list's filters; overdue first, then by due date. */
export function getActionItems(
  request: Request,
  params: GroupParams,
  load: Load,
): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ viewer, db, url, locale, now, group }) => {
    const checked = checkQuery(ActionItemQuery, url);
    if ("problem" in checked) return refuse(checked.problem);
    const cursor = decodeCursor(url.searchParams.get("cursor"));
    if (cursor === "invalid" || (cursor && !("page" in cursor)))
      return refuse(
        problem("validation", { fieldErrors: { cursor: [{ key: "validation.invalid" }] } }),
      );
    const { cursor: _c, page: _p, ...rest } = checked.params;
    const page = cursor?.page ?? 1;
    const filters = parseActionItemFilters({ ...rest, page: String(page) });
    const scope = {
      groupId: group.id,
      userId: viewer.user.id,
      today: todayIso(now),
      locale,
    };
    const { rows, total } = await listActionItems(db, scope, filters);
    const more = page * ACTION_ITEMS_PAGE_SIZE < total;
    return json({
      items: rows.map(actionItemOut),
      total,
      nextCursor: more ? encodeCursor({ page: page + 1 }) : null,
    });
  });
}
