import { viewerForAction } from "@/lib/actions/run";
import { getPlans } from "@/lib/api/handlers/plans";

export const dynamic = "force-dynamic";

/** The group's work plans. */
export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return getPlans(request, params, viewerForAction);
}
