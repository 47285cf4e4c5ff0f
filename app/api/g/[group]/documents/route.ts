import { viewerForAction } from "@/lib/actions/run";
import { uploadDocumentRoute } from "@/lib/documents/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** A new document: the file is the body, streamed into storage (a server action would buffer it). */
export const POST = route(
  async (request: Request, { params }: { params: Promise<{ group: string }> }) => {
    return uploadDocumentRoute(request, params, viewerForAction);
  },
);
