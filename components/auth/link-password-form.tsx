"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { AccountForm, NewPasswordFields } from "@/components/profile/password-fields";
import { setPasswordWithLinkAction } from "@/lib/account/links/form-actions";

const FIELDS = ["newPassword", "confirmPassword"] as const;

/**
 * The password chosen through a link from a mail (its token stays in an HttpOnly cookie).
 * A success signs this browser in and leaves the page; nothing typed comes back after a refusal.
 */
export function LinkPasswordForm({ email, minLength }: { email: string; minLength: number }) {
  const t = useTranslations("passwordLink");
  const form = useForm(setPasswordWithLinkAction);
  return (
    <AccountForm form={form} email={email} fields={FIELDS} summary={t("errorsSummary")}>
      <NewPasswordFields minLength={minLength} errors={form.errors} />
      <SubmitButton className="w-full" pending={form.pending} busy={t("saving")}>
        {t("save")}
      </SubmitButton>
    </AccountForm>
  );
}
