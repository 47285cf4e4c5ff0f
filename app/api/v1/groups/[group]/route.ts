import { viewerForAction } from "@/lib/actions/run";
import { getGroup } from "@/lib/api/handlers/groups";

export const dynamic = "force-dynamic";

/** A working group. */
export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return getGroup(request, params, viewerForAction);
}
