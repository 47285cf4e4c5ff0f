import { viewerForAction } from "@/lib/actions/run";
import { postCommentApi } from "@/lib/api/handlers/writes";

export const dynamic = "force-dynamic";

/** A comment on a project. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ group: string; code: string }> },
) {
  return postCommentApi(request, params, viewerForAction);
}
