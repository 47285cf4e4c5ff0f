import { getOpenApi } from "@/lib/api/handlers/openapi";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of /api/v1 (public: it holds no data). */
export function GET(request: Request) {
  return getOpenApi(request);
}
