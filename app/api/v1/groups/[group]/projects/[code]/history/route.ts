import { viewerForAction } from "@/lib/actions/run";
import { getProjectHistoryRoute } from "@/lib/api/handlers/projects";

export const dynamic = "force-dynamic";

/** A project's status updates and comments. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ group: string; code: string }> },
) {
  return getProjectHistoryRoute(request, params, viewerForAction);
}
