import { postStatusUpdateRoute } from "@/lib/projects/status-update-route";

export const dynamic = "force-dynamic";

/** A status update as JSON: the same guarded action as the project page's form. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ group: string; code: string }> },
) {
  return postStatusUpdateRoute(request, params);
}
