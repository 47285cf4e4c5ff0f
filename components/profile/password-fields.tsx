"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import type { FormHandle } from "@/components/forms/use-form";
import { Field, HiddenFields } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Tells password managers whose password a form is about (a hidden, read-only username). */
export function AccountName({ email }: { email: string }) {
  return (
    <input
      type="email"
      name="username"
      autoComplete="username"
      defaultValue={email}
      hidden
      readOnly
    />
  );
}

/**
 * A form about the account's password or sign-in: its hidden fields, the account's name for
 * password managers, the outcome (summarised, each error beside its field), then the fields.
 * Nothing typed here comes back from the server.
 */
export function AccountForm<T>({
  form,
  email,
  hidden = {},
  fields,
  summary,
  children,
}: {
  form: FormHandle<T>;
  email: string;
  hidden?: Record<string, string | undefined>;
  fields: readonly string[];
  summary: string;
  children: ReactNode;
}) {
  return (
    <form action={form.action} noValidate className="space-y-4">
      <HiddenFields values={hidden} />
      <AccountName email={email} />
      <FormFeedback state={form.state} fields={fields} summary={summary} focus />
      {children}
    </form>
  );
}

/**
 * A password field: never spell-checked; `current` for the one in use, else a new one. The rest
 * of its props reach the input: `Field` gives its control the id its label names, the hint and
 * the errors.
 */
export function PasswordInput({
  current = false,
  ...props
}: Omit<ComponentProps<typeof Input>, "type"> & { name: string; current?: boolean }) {
  return (
    <Input
      type="password"
      autoComplete={current ? "current-password" : "new-password"}
      required
      spellCheck={false}
      {...props}
    />
  );
}

/** The new password, with its minimum length, and the same again (fields newPassword, confirmPassword). */
export function NewPasswordFields({
  minLength,
  errors,
}: {
  minLength: number;
  errors: (field: string) => string[] | undefined;
}) {
  const t = useTranslations("profile.password");
  return (
    <>
      <Field
        label={t("fields.newPassword")}
        hint={t("hints.newPassword", { min: minLength })}
        errors={errors("newPassword")}
      >
        <PasswordInput name="newPassword" minLength={minLength} />
      </Field>
      <Field label={t("fields.confirmPassword")} errors={errors("confirmPassword")}>
        <PasswordInput name="confirmPassword" />
      </Field>
    </>
  );
}
