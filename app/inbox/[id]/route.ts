import { getViewer } from "@/lib/auth/session";
import { openNotificationRoute } from "@/lib/notifications/handlers";
import { getDb } from "@/lib/server/db";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** An inbox entry's link: marks it read and goes on to what it is about (303). */
export const GET = route(
  async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params;
    return openNotificationRoute(getDb(), await getViewer(), id);
  },
);
