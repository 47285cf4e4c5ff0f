import { viewerForAction } from "@/lib/actions/run";
import { postConfirmationApi } from "@/lib/api/handlers/writes";

export const dynamic = "force-dynamic";

/** The other side confirms the latest status update. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ group: string; code: string }> },
) {
  return postConfirmationApi(request, params, viewerForAction);
}
