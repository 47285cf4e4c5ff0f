import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export interface PageHeaderProps {
  title: ReactNode;
  /** A sentence under the title: what the page is for. */
  description?: ReactNode;
  /** The page one level up, shown above the title (not printed). */
  back?: { href: string; label: ReactNode };
  /** An icon before the title. */
  icon?: ReactNode;
  titleClassName?: string;
  descriptionClassName?: string;
  /** What follows the description: badges, a count. */
  children?: ReactNode;
  /** The page's own buttons and links, beside the title (below it on a phone). */
  actions?: ReactNode;
}

/** The head of every page: the way back, the one h1, and what the page is for. */
export function PageHeader({
  title,
  description,
  back,
  icon,
  titleClassName,
  descriptionClassName,
  children,
  actions,
}: PageHeaderProps) {
  const heading = (
    <div className="space-y-2">
      {back ? (
        <Link
          href={back.href}
          className="inline-flex items-center gap-1 text-sm text-accent-strong hover:underline print:hidden"
        >
          <ChevronLeft aria-hidden className="size-4" />
          {back.label}
        </Link>
      ) : null}
      <h1
        className={cn(
          "text-2xl font-semibold tracking-tight text-ink",
          icon ? "flex items-center gap-2" : null,
          titleClassName,
        )}
      >
        {icon}
        {title}
      </h1>
      {description ? <p className={cn("text-muted", descriptionClassName)}>{description}</p> : null}
      {children}
    </div>
  );
  return actions ? (
    <header className="flex flex-wrap items-end justify-between gap-3">
      {heading}
      <div className="flex flex-wrap items-center gap-2 print:hidden">{actions}</div>
    </header>
  ) : (
    <header>{heading}</header>
  );
}
