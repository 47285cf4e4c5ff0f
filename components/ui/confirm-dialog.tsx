"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { buttonClasses } from "./button";
import { HiddenFields } from "./field";

/**
 * A button that asks first, in a modal dialog (Radix AlertDialog: the focus is trapped in it,
 * Escape and the cancel button close it and return the focus to the button). `children`: what
 * follows the title and description, usually the form with a `ConfirmDialogCancel` and the
 * confirming submit button.
 */
export function ConfirmDialog({
  trigger,
  triggerClassName = buttonClasses("secondary"),
  title,
  description,
  open,
  onOpenChange,
  wide = false,
  children,
}: {
  /** The opening button's content (icon and words). */
  trigger: ReactNode;
  triggerClassName?: string;
  title: ReactNode;
  description?: ReactNode;
  /** Controlled: open and closed by the caller. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Trigger className={triggerClassName}>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-ink/40" />
        <AlertDialog.Content
          className={cn(
            "fixed top-1/2 left-1/2 z-50 max-h-[90dvh] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-lg border border-line bg-surface p-5 shadow-lg",
            wide ? "max-w-lg" : "max-w-md",
          )}
        >
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          {description ? (
            <AlertDialog.Description className="text-sm text-muted">
              {description}
            </AlertDialog.Description>
          ) : null}
          {children}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

/** The dialog's way back (closes it, the focus returns to the opening button). */
export function ConfirmDialogCancel({
  primary = false,
  children,
}: {
  primary?: boolean;
  children: ReactNode;
}) {
  return (
    <AlertDialog.Cancel className={buttonClasses(primary ? "primary" : "secondary")}>
      {children}
    </AlertDialog.Cancel>
  );
}

/** The row of the dialog's buttons, as the form that confirms (hidden fields first). */
export function ConfirmDialogForm({
  action,
  fields,
  children,
}: {
  action: (formData: FormData) => void;
  fields: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <form action={action} className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <HiddenFields values={fields} />
      {children}
    </form>
  );
}
