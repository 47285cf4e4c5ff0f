import { viewerForAction } from "@/lib/actions/run";
import { getPlanRoute } from "@/lib/api/handlers/plans";

export const dynamic = "force-dynamic";

/** A work plan with its projects. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ group: string; number: string }> },
) {
  return getPlanRoute(request, params, viewerForAction);
}
