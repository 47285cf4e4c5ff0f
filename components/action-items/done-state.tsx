import { CircleCheck, CircleDashed } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** Done or open, as icon and word (never colour alone); `children` follow the word. */
export function DoneState({
  done,
  className,
  children,
}: {
  done: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const t = useTranslations("actionItems");
  return (
    <p className={cn("inline-flex items-center gap-1 whitespace-nowrap", className)}>
      {done ? (
        <CircleCheck aria-hidden className="size-4 shrink-0 text-ok" />
      ) : (
        <CircleDashed aria-hidden className="size-4 shrink-0 text-muted" />
      )}
      {t(done ? "done" : "open")}
      {children}
    </p>
  );
}
