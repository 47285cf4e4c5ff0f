"use client";

import { clsx } from "clsx";
import { ChevronDown } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Menu, MenuItem } from "@/components/ui/menu";

export interface NavItem {
  href: string;
  label: string;
  /** Match only the exact path (for a section's index page). */
  exact?: boolean;
}

/** How many tabs a phone shows; the rest are behind "More" below the lg breakpoint. */
const ALWAYS = 3;

export function NavLinks({
  items,
  label,
  more,
}: {
  items: NavItem[];
  label: string;
  /** The "More" menu's visible name. */
  more: string;
}) {
  const pathname = usePathname();
  const isActive = (item: NavItem) =>
    item.exact ? pathname === item.href : pathname.startsWith(item.href);
  const rest = items.slice(ALWAYS);
  const activeInRest = rest.find(isActive);
  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex gap-1 whitespace-nowrap">
        {items.map((item, index) => {
          const active = isActive(item);
          return (
            <li key={item.href} className={index >= ALWAYS ? "hidden lg:block" : undefined}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "inline-block border-b-2 px-2.5 py-2.5 text-sm font-medium sm:px-3",
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
        {rest.length ? (
          // Below lg the tabs after the first few are here; the trigger is marked, and named
          // (for assistive technology), when the current page is one of them.
          <li className="lg:hidden">
            <Menu
              label={activeInRest ? `${more}: ${activeInRest.label}` : more}
              align="end"
              triggerClassName={clsx(
                "inline-flex items-center gap-1 border-b-2 px-2.5 py-2.5 text-sm font-medium sm:px-3",
                activeInRest
                  ? "border-accent text-accent-strong"
                  : "border-transparent text-muted hover:border-line hover:text-ink",
              )}
              trigger={
                <>
                  {more}
                  <ChevronDown aria-hidden className="size-4" />
                </>
              }
            >
              {rest.map((item) => (
                <MenuItem key={item.href} href={item.href} current={isActive(item)}>
                  {item.label}
                </MenuItem>
              ))}
            </Menu>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
