import { viewerForAction } from "@/lib/actions/run";
import { uploadVersionRoute } from "@/lib/documents/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** A new version of a document: the file is the body, streamed into storage. */
export const POST = route(
  async (request: Request, { params }: { params: Promise<{ group: string; id: string }> }) => {
    return uploadVersionRoute(request, params, viewerForAction);
  },
);
