import { checkHealth } from "@/lib/server/health";
import { RETRY_AFTER_SECONDS } from "@/lib/server/outage";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: {
      "cache-control": "no-store",
      ...(health.status === "ok" ? {} : { "retry-after": String(RETRY_AFTER_SECONDS) }),
    },
  });
});
