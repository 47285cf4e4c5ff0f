import { getViewer } from "@/lib/auth/session";
import { projectListFile } from "@/lib/spreadsheets/handlers";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return projectListFile(request, params, "xlsx", await getViewer());
}
