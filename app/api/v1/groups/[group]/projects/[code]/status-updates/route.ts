import { viewerForAction } from "@/lib/actions/run";
import { postStatusUpdateApi } from "@/lib/api/handlers/writes";

export const dynamic = "force-dynamic";

/** A status update: the same guarded action as the project page's form. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ group: string; code: string }> },
) {
  return postStatusUpdateApi(request, params, viewerForAction);
}
