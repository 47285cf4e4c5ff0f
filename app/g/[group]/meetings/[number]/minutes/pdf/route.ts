import { getViewer } from "@/lib/auth/session";
import { minutesFile } from "@/lib/brief/handlers";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ group: string; number: string }> },
) {
  return minutesFile(request, params, "pdf", await getViewer());
}
