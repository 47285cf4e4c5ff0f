import { getViewer } from "@/lib/auth/session";
import { minutesFile } from "@/lib/brief/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route(
  async (request: Request, { params }: { params: Promise<{ group: string; number: string }> }) => {
    return minutesFile(request, params, "pdf", await getViewer());
  },
);
