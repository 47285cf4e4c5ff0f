import { getViewer } from "@/lib/auth/session";
import { reportFile } from "@/lib/brief/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route(
  async (request: Request, { params }: { params: Promise<{ group: string }> }) => {
    return reportFile(request, params, "pdf", await getViewer());
  },
);
