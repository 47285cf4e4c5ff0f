import { clsx } from "clsx";
import type { ComponentProps } from "react";

/** A form control's look: class .ctl in app/globals.css (short, as forms repeat it). */
export const controlClasses = "ctl";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={clsx(controlClasses, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={clsx(controlClasses, "pr-8", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={clsx(controlClasses, "min-h-24", className)} {...props} />;
}
