import { getViewer } from "@/lib/auth/session";
import { documentFile } from "@/lib/documents/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** The thumbnail the server made of an image (?v=N for a version's), without its metadata. */
export const GET = route(
  async (request: Request, { params }: { params: Promise<{ group: string; id: string }> }) => {
    return documentFile(request, params, await getViewer(), "thumbnail");
  },
);
