import { viewerForAction } from "@/lib/actions/run";
import { postStatusUpdateRoute } from "@/lib/projects/status-updates/handlers";

export const dynamic = "force-dynamic";

/** A status update as JSON: the same guarded action as the project page's form. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ group: string; code: string }> },
) {
  return postStatusUpdateRoute(request, params, await viewerForAction());
}
