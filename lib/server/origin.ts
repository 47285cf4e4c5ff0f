import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The address people open the app at, for links shown on a page (a calendar subscription):
 * PUBLIC_URL or AUTH_URL when set, else what this request was addressed to.
 */
export async function publicOrigin(): Promise<string> {
  const { PUBLIC_URL, AUTH_URL } = env();
  const configured = (PUBLIC_URL ?? AUTH_URL)?.replace(/\/+$/, "");
  if (configured) return configured;
  const request = await headers();
  const host = request.get("x-forwarded-host") ?? request.get("host") ?? "localhost:3000";
  const protocol = request.get("x-forwarded-proto") ?? "http";
  return `${protocol.split(",")[0]?.trim() || "http"}://${host.split(",")[0]?.trim()}`;
}
