import "server-only";
import { notFound } from "next/navigation";
import { readEnv } from "@/lib/env";

/** True only under `npm run dev` (NODE_ENV=development). */
export const isDevelopment = () => readEnv().NODE_ENV === "development";

/** For development tools (the mailbox): a 404 anywhere else, before anything is read. */
export function requireDevelopment(): void {
  if (!isDevelopment()) notFound();
}
