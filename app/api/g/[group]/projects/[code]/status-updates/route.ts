import { viewerForAction } from "@/lib/actions/run";
import { postStatusUpdateApi } from "@/lib/api/handlers/writes";

export const dynamic = "force-dynamic";

/** The JSON route before /api/v1, kept as its alias (the same handler, its older answers). */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ group: string; code: string }> },
) {
  return postStatusUpdateApi(request, params, viewerForAction, { legacy: true });
}
