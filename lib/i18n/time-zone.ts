import type { Delegation } from "@/lib/vocabulary";

/** Timestamps are shown in the reader's own capital's time. */
export function timeZoneFor(delegation: Delegation | undefined): string {
  return delegation === "RU" ? "Europe/Moscow" : "Europe/Oslo";
}
