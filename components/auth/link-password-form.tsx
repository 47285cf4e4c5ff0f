"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { AccountName, NewPasswordFields } from "@/components/profile/password-fields";
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
      <AccountName email={email} />
      <FormFeedback
        state={form.state}
        fields={FIELDS}
        summary={t("passwordLink.errorsSummary")}
        focus
      />
      <NewPasswordFields minLength={minLength} errors={form.errors} />
      <SubmitButton className="w-full" pending={form.pending} busy={t("passwordLink.saving")}>
        {t("passwordLink.save")}
      </SubmitButton>
    </form>
  );
}
