import { calendarFeedFile } from "@/lib/calendar/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route(
  async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
    return calendarFeedFile(request, (await params).token);
  },
);
