import { passwordLinkRoute } from "@/lib/account/links/handlers";
import { getDb } from "@/lib/server/db";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** The link in a reset or invitation mail: on to the new-password form, the token in a cookie. */
export const GET = route(
  async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
    return passwordLinkRoute(getDb(), request, (await params).token);
  },
);
