import { getViewer } from "@/lib/auth/session";
import { documentFile } from "@/lib/documents/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** One version of a document (older ones are kept), streamed, with Range and ETag. */
export const GET = route(
  async (
    request: Request,
    { params }: { params: Promise<{ group: string; id: string; number: string }> },
  ) => {
    return documentFile(request, params, await getViewer(), "version");
  },
);
