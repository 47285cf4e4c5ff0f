import { unsubscribeRoute } from "@/lib/notifications/handlers";
import { getDb } from "@/lib/server/db";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

/** The link in a mail's footer: asks first. */
export const GET = route(async (_request: Request, { params }: Params) => {
  return unsubscribeRoute(getDb(), "GET", (await params).token);
});

/** The page's button, and mail clients' one-click unsubscribe (RFC 8058). */
export const POST = route(async (_request: Request, { params }: Params) => {
  return unsubscribeRoute(getDb(), "POST", (await params).token);
});
