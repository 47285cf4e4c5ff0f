import { getViewer } from "@/lib/auth/session";
import { route } from "@/lib/server/route";
import { templateFile } from "@/lib/spreadsheets/handlers";

export const dynamic = "force-dynamic";

export const GET = route(
  async (request: Request, { params }: { params: Promise<{ group: string }> }) => {
    return templateFile(request, params, "csv", await getViewer());
  },
);
