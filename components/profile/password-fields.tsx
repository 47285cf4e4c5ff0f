"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Field } from "@/components/ui/field";
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
