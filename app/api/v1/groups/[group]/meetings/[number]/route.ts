import { viewerForAction } from "@/lib/actions/run";
import { getMeeting } from "@/lib/api/handlers/meetings";

export const dynamic = "force-dynamic";

/** A meeting with its agenda, decisions and action items. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ group: string; number: string }> },
) {
  return getMeeting(request, params, viewerForAction);
}
