"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
  /** Match only the exact path (for a section's index page). */
  exact?: boolean;
}

export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap">
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "inline-block border-b-2 px-3 py-2.5 text-sm font-medium",
                  active
                    ? "border-accent text-accent-strong"
                    : "border-transparent text-muted hover:border-line hover:text-ink",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
