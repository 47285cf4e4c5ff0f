"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { setPasswordWithLinkAction } from "@/lib/account/links/form-actions";

const FIELDS = ["newPassword", "confirmPassword"] as const;

/**
 * The password chosen through a link from a mail (its token stays in an HttpOnly cookie).
 * A success signs this browser in and leaves the page; nothing typed comes back after a refusal.
 */
export function LinkPasswordForm({ email, minLength }: { email: string; minLength: number }) {
  const t = useTranslations();
  const form = useForm(setPasswordWithLinkAction);
  return (
    <form action={form.action} noValidate className="space-y-4">
      {/* Tells password managers whose password this is. */}
      <input
        type="email"
        name="username"
        autoComplete="username"
        defaultValue={email}
        hidden
        readOnly
      />
      <FormFeedback
        state={form.state}
        fields={FIELDS}
        summary={t("passwordLink.errorsSummary")}
        focus
      />
      <Field
        label={t("profile.password.fields.newPassword")}
        hint={t("profile.password.hints.newPassword", { min: minLength })}
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
      <Field
        label={t("profile.password.fields.confirmPassword")}
        errors={form.errors("confirmPassword")}
      >
        <Input
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          spellCheck={false}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={form.pending}>
        {form.pending ? t("passwordLink.saving") : t("passwordLink.save")}
      </Button>
    </form>
  );
}
