"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changePasswordAction } from "@/lib/account/form-actions";

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
    <form action={form.action} noValidate className="space-y-4">
      {oneTime ? null : <input type="hidden" name="from" value="profile" />}
      {/* Tells password managers whose password this is. */}
      <input
        type="email"
        name="username"
        autoComplete="username"
        defaultValue={email}
        hidden
        readOnly
      />
      <FormFeedback state={form.state} fields={FIELDS} summary={t("errors.summary")} focus />
      <Field
        label={oneTime ? t("fields.oneTimePassword") : t("fields.currentPassword")}
        hint={oneTime ? t("hints.oneTimePassword") : undefined}
        errors={form.errors("currentPassword")}
      >
        <Input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          spellCheck={false}
        />
      </Field>
      <Field
        label={t("fields.newPassword")}
        hint={t("hints.newPassword", { min: minLength })}
        errors={form.errors("newPassword")}
      >
        <Input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          spellCheck={false}
        />
      </Field>
      <Field label={t("fields.confirmPassword")} errors={form.errors("confirmPassword")}>
        <Input
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          spellCheck={false}
        />
      </Field>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {cancelHref ? (
          <Link href={cancelHref} className={buttonClasses("secondary")}>
            {t("cancel")}
          </Link>
        ) : null}
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("saving") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
