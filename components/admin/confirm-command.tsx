"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import {
  ConfirmDialog,
  ConfirmDialogCancel,
  ConfirmDialogForm,
} from "@/components/ui/confirm-dialog";
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
      <ConfirmDialog
        open={open}
        onOpenChange={onOpenChange}
        trigger={
          <>
            {icon}
            {t(`${kind}.open`)}
          </>
        }
        triggerClassName={buttonClasses(danger ? "danger" : "secondary")}
        title={
          password
            ? t("resetPassword.doneTitle", { name: subject })
            : t(`${kind}.title`, { name: subject })
        }
        description={password ? t("resetPassword.doneBody") : t(`${kind}.body`, { name: subject })}
        wide
      >
        {password ? (
          <>
            <OneTimePassword password={password} email={email ?? ""} focusOnMount />
            <div className="flex justify-end">
              <ConfirmDialogCancel primary>{t("close")}</ConfirmDialogCancel>
            </div>
          </>
        ) : (
          <>
            {attempt !== dismissed ? <FormFeedback state={state} /> : null}
            <ConfirmDialogForm action={formAction} fields={fields}>
              <ConfirmDialogCancel>{t("cancel")}</ConfirmDialogCancel>
              <SubmitButton
                variant={danger ? "danger" : "primary"}
                pending={pending}
                busy={t("working")}
              >
                {t(`${kind}.confirm`)}
              </SubmitButton>
            </ConfirmDialogForm>
          </>
        )}
      </ConfirmDialog>
      <div aria-live="polite">
        {state.status === "success" && !password && !open ? (
          <Alert tone="success">{t(`${kind}.done`, { name: subject })}</Alert>
        ) : null}
      </div>
    </div>
  );
}
