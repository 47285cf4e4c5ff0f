import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** The way up from a record's page: its list, then the record itself (the current page). */
export function Breadcrumb({
  label,
  parent,
  current,
  currentClassName,
}: {
  /** The navigation's name ("Breadcrumb"). */
  label: string;
  parent: { href: string; label: ReactNode };
  current: ReactNode;
  currentClassName?: string;
}) {
  return (
    <nav aria-label={label} className="text-sm">
      <Link
        href={parent.href}
        className="text-accent underline underline-offset-2 hover:text-accent-strong"
      >
        {parent.label}
      </Link>
      <span aria-hidden className="px-1.5 text-muted">
        /
      </span>
      <span aria-current="page" className={cn("text-muted", currentClassName)}>
        {current}
      </span>
    </nav>
  );
}
