import { getViewer } from "@/lib/auth/session";
import { briefFile } from "@/lib/brief/handlers";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ group: string; number: string }> },
) {
  return briefFile(request, params, "docx", await getViewer());
}
