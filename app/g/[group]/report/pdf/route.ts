import { getViewer } from "@/lib/auth/session";
import { reportFile } from "@/lib/brief/handlers";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return reportFile(request, params, "pdf", await getViewer());
}
