"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton, SubmitRow } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/account/form-actions";
import { AccountForm, NewPasswordFields, PasswordInput } from "./password-fields";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

/**
 * Current password, new password and its confirmation. Nothing typed here ever comes back from
 * the server: after a refusal the fields start empty, each error next to its field.
 */
export function PasswordForm({
  email,
  oneTime,
  cancelHref,
  minLength,
}: {
  email: string;
  minLength: number;
  /** Replacing the one-time password from the administrator (the first sign-in). */
  oneTime: boolean;
  cancelHref?: string;
}) {
  const t = useTranslations("profile.password");
  const form = useForm(changePasswordAction);
  // Saved, but this browser could not be signed in again right away (it normally redirects).
  if (form.state.status === "success")
    return (
      <Alert tone="success" title={t("changedTitle")}>
        <p>{t("signInAgain")}</p>
        <p>
          <Link href="/sign-in" className="font-medium underline underline-offset-2">
            {t("toSignIn")}
          </Link>
        </p>
      </Alert>
    );
  return (
    <AccountForm
      form={form}
      email={email}
      hidden={{ from: oneTime ? undefined : "profile" }}
      fields={FIELDS}
      summary={t("errors.summary")}
    >
      <Field
        label={oneTime ? t("fields.oneTimePassword") : t("fields.currentPassword")}
        hint={oneTime ? t("hints.oneTimePassword") : undefined}
        errors={form.errors("currentPassword")}
      >
        <PasswordInput name="currentPassword" current />
      </Field>
      <NewPasswordFields minLength={minLength} errors={form.errors} />
      <SubmitRow
        cancel={
          cancelHref ? (
            <Link href={cancelHref} className={buttonClasses("secondary")}>
              {t("cancel")}
            </Link>
          ) : null
        }
      >
        <SubmitButton pending={form.pending} busy={t("saving")}>
          {t("submit")}
        </SubmitButton>
      </SubmitRow>
    </AccountForm>
  );
}
