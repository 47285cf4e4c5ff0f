"use client";

import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { HiddenFields } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { FormFeedback } from "./form-feedback";
import { SubmitButton, SubmitRow } from "./submit";
import type { FormHandle } from "./use-form";

/**
 * The shape of a form that saves one thing: its hidden ids, the outcome (announced, focused),
 * the fields — re-mounted after each answer so they show what was saved or typed — and the
 * submit button at the end.
 */
export function EditForm<T>({
  form,
  hidden,
  saved,
  fields,
  submit,
  busy,
  icon,
  label,
  heading,
  className,
  fieldsClassName,
  children,
}: {
  form: FormHandle<T>;
  /** Hidden fields the action needs (ids). */
  hidden?: Record<string, string>;
  /** Said after a success. */
  saved?: string;
  /** The fields shown with their own errors (see FormFeedback). */
  fields?: readonly string[];
  submit: ReactNode;
  /** The submit button's words while the form is sent. */
  busy: ReactNode;
  icon?: LucideIcon;
  /** The id of the form's heading (aria-labelledby), when it has one. */
  label?: string;
  /** The form's heading, first in it (its id is `label`). */
  heading?: ReactNode;
  className?: string;
  fieldsClassName?: string;
  children: ReactNode;
}) {
  return (
    <form
      action={form.action}
      noValidate
      aria-labelledby={label}
      className={cn("space-y-4", className)}
    >
      {heading}
      <HiddenFields values={hidden ?? {}} />
      <FormFeedback state={form.state} saved={saved} fields={fields} focus />
      <div key={form.key} className={fieldsClassName}>
        {children}
      </div>
      <SubmitRow>
        <SubmitButton pending={form.pending} busy={busy} icon={icon}>
          {submit}
        </SubmitButton>
      </SubmitRow>
    </form>
  );
}
