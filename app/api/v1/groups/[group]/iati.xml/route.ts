import { viewerForAction } from "@/lib/actions/run";
import { getIati } from "@/lib/api/handlers/iati";

export const dynamic = "force-dynamic";

/** A work plan's projects as IATI 2.03 activities (?plan=number). */
export async function GET(request: Request, { params }: { params: Promise<{ group: string }> }) {
  return getIati(request, params, viewerForAction);
}
