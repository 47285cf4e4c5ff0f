import { handlers } from "@/lib/auth/next-auth";
import { route } from "@/lib/server/route";

export const GET = route(handlers.GET);
export const POST = route(handlers.POST);
