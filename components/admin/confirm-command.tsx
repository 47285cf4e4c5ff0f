"use client";

import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { type ReactNode, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import type { FormAction } from "@/lib/forms/state";
import { OneTimePassword } from "./one-time-password";

export type CommandKind =
  | "deactivate"
  | "reactivate"
  | "resetPassword"
  | "endSessions"
  | "resetTwoFactor"
  | "archiveGroup"
  | "restoreGroup";

/** The new one-time password a command answered with (a password reset), if any. */
function newPassword(data: object): string | null {
  return "initialPassword" in data && typeof data.initialPassword === "string"
    ? data.initialPassword
    : null;
}

/**
 * A button that asks first, in a dialog that says what will happen. The answer shows next to
 * the button; a new one-time password shows in the dialog until it is closed, and never again.
 */
export function ConfirmCommand<T extends object>({
  kind,
  action,
  fields,
  subject,
  email,
  danger = false,
  icon,
}: {
  kind: CommandKind;
  /** Its answer may carry a new one-time password (a password reset). */
  action: FormAction<T>;
  fields: Record<string, string>;
  /** Whom or what the command is about, named in the dialog. */
  subject: string;
  /** For a new password: the sign-in address it belongs to. */
  email?: string;
  danger?: boolean;
  icon?: ReactNode;
}) {
  const t = useTranslations("admin.commands");
  const [open, setOpen] = useState(false);
  // Done: the dialog closes, unless it has a new password to show.
  const {
    state,
    action: formAction,
    pending,
  } = useForm(action, {
    onSuccess: (data) => {
      if (!newPassword(data)) setOpen(false);
    },
  });
  const [dismissed, setDismissed] = useState<string | null>(null);
  const attempt = state.status === "idle" ? null : state.attempt;
  const password =
    state.status === "success" && attempt !== dismissed ? newPassword(state.data) : null;

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setDismissed(attempt);
  };

  return (
    <div className="space-y-2">
      <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
        <AlertDialog.Trigger className={buttonClasses(danger ? "danger" : "secondary")}>
          {icon}
          {t(`${kind}.open`)}
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-40 bg-ink/40" />
          <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[90dvh] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-lg border border-line bg-surface p-5 shadow-lg">
            <AlertDialog.Title className="text-lg font-semibold">
              {password
                ? t("resetPassword.doneTitle", { name: subject })
                : t(`${kind}.title`, { name: subject })}
            </AlertDialog.Title>
            {password ? (
              <>
                <AlertDialog.Description className="text-sm text-muted">
                  {t("resetPassword.doneBody")}
                </AlertDialog.Description>
                <OneTimePassword password={password} email={email ?? ""} focusOnMount />
                <div className="flex justify-end">
                  <AlertDialog.Cancel className={buttonClasses("primary")}>
                    {t("close")}
                  </AlertDialog.Cancel>
                </div>
              </>
            ) : (
              <>
                <AlertDialog.Description className="text-sm text-muted">
                  {t(`${kind}.body`, { name: subject })}
                </AlertDialog.Description>
                {attempt !== dismissed ? <FormFeedback state={state} /> : null}
                <form
                  action={formAction}
                  className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end"
                >
                  {Object.entries(fields).map(([name, value]) => (
                    <input key={name} type="hidden" name={name} value={value} />
                  ))}
                  <AlertDialog.Cancel className={buttonClasses("secondary")}>
                    {t("cancel")}
                  </AlertDialog.Cancel>
                  <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
                    {pending ? t("working") : t(`${kind}.confirm`)}
                  </Button>
                </form>
              </>
            )}
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      <div aria-live="polite">
        {state.status === "success" && !password && !open ? (
          <Alert tone="success">{t(`${kind}.done`, { name: subject })}</Alert>
        ) : null}
      </div>
    </div>
  );
}
