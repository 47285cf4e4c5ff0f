import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

export const controlClasses =
  "block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-xs placeholder:text-muted/70 aria-[invalid=true]:border-bad sm:text-sm";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClasses, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(controlClasses, "pr-8", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(controlClasses, "min-h-24", className)} {...props} />;
}
