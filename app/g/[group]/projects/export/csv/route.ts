import { projectListFile } from "@/lib/spreadsheets/handlers";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return projectListFile(request, params, "csv");
}
