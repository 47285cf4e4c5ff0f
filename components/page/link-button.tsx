import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/**
 * A link that looks like a button, with its icon first: a page's own actions. `shown={false}`
 * renders nothing (an action the reader may not take).
 */
export function LinkButton({
  href,
  icon: Icon,
  variant = "primary",
  shown = true,
  children,
}: {
  href: string;
  icon: LucideIcon;
  variant?: "primary" | "secondary";
  shown?: boolean;
  children: ReactNode;
}) {
  if (!shown) return null;
  return (
    <Link href={href} className={buttonClasses(variant)}>
      <Icon aria-hidden className="size-4" />
      {children}
    </Link>
  );
}
