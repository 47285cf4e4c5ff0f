import { viewerForAction } from "@/lib/actions/run";
import { getProjects } from "@/lib/api/handlers/projects";

export const dynamic = "force-dynamic";

/** The group's projects: the list's filters, paged by cursor. */
export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return getProjects(request, params, viewerForAction);
}
