import type { ReactNode } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import type { FormHandle } from "@/components/forms/use-form";
import { HiddenFields } from "@/components/ui/field";
import { cn } from "@/lib/cn";

/**
 * A small form that adds a text to an update or a project (a comment, a translation): the
 * outcome, the record's id, the fields (re-mounted after each answer) and a secondary button.
 */
export function TextForm<T>({
  form,
  saved,
  hidden,
  submit,
  busy,
  className,
  buttonClassName,
  children,
}: {
  form: FormHandle<T>;
  saved: string;
  hidden: Record<string, string>;
  submit: ReactNode;
  busy: ReactNode;
  className?: string;
  buttonClassName: string;
  children: ReactNode;
}) {
  return (
    <form action={form.action} noValidate className={cn("space-y-3", className)}>
      <FormFeedback state={form.state} saved={saved} />
      <HiddenFields values={hidden} />
      <div key={form.key} className="space-y-3">
        {children}
      </div>
      <SubmitButton
        pending={form.pending}
        busy={busy}
        variant="secondary"
        className={buttonClassName}
      >
        {submit}
      </SubmitButton>
    </form>
  );
}
