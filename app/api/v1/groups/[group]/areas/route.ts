import { viewerForAction } from "@/lib/actions/run";
import { getAreas } from "@/lib/api/handlers/groups";

export const dynamic = "force-dynamic";

/** The group's cooperation areas. */
export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return getAreas(request, params, viewerForAction);
}
