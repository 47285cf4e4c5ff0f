import { getViewer } from "@/lib/auth/session";
import { templateFile } from "@/lib/spreadsheets/handlers";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return templateFile(request, params, "xlsx", await getViewer());
}
