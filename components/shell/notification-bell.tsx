import { Bell } from "lucide-react";
import Link from "next/link";

/**
 * The bell: a link to the inbox whose accessible name carries the unread count ("Varsler,
 * 3 uleste"), with the number as a badge (none at 0). Rendered on the server: no script of its
 * own; the count comes with the viewer (lib/auth/viewer.ts).
 */
export function NotificationBell({ count, label }: { count: number; label: string }) {
  return (
    <Link
      href="/inbox"
      aria-label={label}
      title={label}
      className="relative inline-flex size-10 shrink-0 items-center justify-center rounded-md text-muted hover:bg-canvas hover:text-ink"
    >
      <Bell aria-hidden className="size-5" />
      {count > 0 ? (
        <span
          aria-hidden
          data-testid="bell-count"
          className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-bad px-1 text-center text-[0.6875rem] font-semibold leading-5 text-white tabular-nums ring-2 ring-surface"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
