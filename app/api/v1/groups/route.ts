import { viewerForAction } from "@/lib/actions/run";
import { getGroups } from "@/lib/api/handlers/groups";

export const dynamic = "force-dynamic";

/** The caller's working groups. */
export async function GET(request: Request) {
  return getGroups(request, viewerForAction);
}
