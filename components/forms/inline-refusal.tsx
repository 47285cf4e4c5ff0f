"use client";

import { cn } from "@/lib/cn";
import type { FormState } from "@/lib/forms/state";
import { useMessage } from "./use-form";

/**
 * The reason a one-button form (mark done, remove, mark read) was refused, beside its button:
 * a live region, so it is announced; its `id` goes in the button's aria-describedby.
 */
export function InlineRefusal({
  id,
  state,
  className,
}: {
  id: string;
  state: FormState<unknown>;
  /** Its width beside the button. */
  className?: string;
}) {
  const message = useMessage();
  return (
    <p id={id} aria-live="polite" className={cn("text-xs text-bad", className)}>
      {state.status === "error" ? message(state.message) : null}
    </p>
  );
}
