import { reportFile } from "@/lib/brief/handlers";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return reportFile(request, params, "docx");
}
