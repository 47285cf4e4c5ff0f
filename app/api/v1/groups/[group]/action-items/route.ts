import { viewerForAction } from "@/lib/actions/run";
import { getActionItems } from "@/lib/api/handlers/action-items";

export const dynamic = "force-dynamic";

/** The group's action items. */
export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return getActionItems(request, params, viewerForAction);
}
