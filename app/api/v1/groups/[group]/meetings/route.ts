import { viewerForAction } from "@/lib/actions/run";
import { getMeetings } from "@/lib/api/handlers/meetings";

export const dynamic = "force-dynamic";

/** The group's meetings. */
export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return getMeetings(request, params, viewerForAction);
}
