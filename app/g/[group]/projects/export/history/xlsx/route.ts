import { historyFile } from "@/lib/spreadsheets/handlers";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return historyFile(request, params, "xlsx");
}
