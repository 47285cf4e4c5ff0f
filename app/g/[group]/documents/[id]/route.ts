import { getViewer } from "@/lib/auth/session";
import { documentFile } from "@/lib/documents/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** A document's current version, streamed, with Range and ETag. */
export const GET = route(
  async (request: Request, { params }: { params: Promise<{ group: string; id: string }> }) => {
    return documentFile(request, params, await getViewer(), "current");
  },
);
