import { getViewer } from "@/lib/auth/session";
import { meetingCalendarFile } from "@/lib/calendar/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route(
  async (request: Request, { params }: { params: Promise<{ group: string; number: string }> }) => {
    return meetingCalendarFile(request, params, await getViewer());
  },
);
