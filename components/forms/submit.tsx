import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

/**
 * A form's submit button: disabled while the form is sent, its words then saying so ("Saving…"),
 * an optional icon before them (hidden from screen readers). The button keeps its name otherwise,
 * so it is found by it.
 */
export function SubmitButton({
  pending,
  busy,
  icon: Icon,
  children,
  disabled,
  ...props
}: Omit<ButtonProps, "type"> & {
  pending: boolean;
  /** The words while the form is sent. */
  busy: ReactNode;
  icon?: LucideIcon;
}) {
  return (
    <Button type="submit" disabled={pending || disabled} {...props}>
      {Icon ? <Icon aria-hidden className="size-4" /> : null}
      {pending ? busy : children}
    </Button>
  );
}

/**
 * The row of a form's buttons, at its end: the submit button on the right; with a way out
 * (`cancel`), both stacked on a phone with the submit button on top.
 */
export function SubmitRow({ cancel, children }: { cancel?: ReactNode; children: ReactNode }) {
  return (
    <div
      className={
        cancel ? "flex flex-col-reverse gap-2 sm:flex-row sm:justify-end" : "flex justify-end"
      }
    >
      {cancel}
      {children}
    </div>
  );
}
