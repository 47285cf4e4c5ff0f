import { viewerForAction } from "@/lib/actions/run";
import { getProject } from "@/lib/api/handlers/projects";

export const dynamic = "force-dynamic";

/** A project. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ group: string; code: string }> },
) {
  return getProject(request, params, viewerForAction);
}
