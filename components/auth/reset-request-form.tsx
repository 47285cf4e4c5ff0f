"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { requestPasswordResetAction } from "@/lib/account/links/form-actions";

/**
 * "Forgot password?": one address. The answer is the same whether or not an account has it,
 * so it says what happens if one does.
 */
export function ResetRequestForm() {
  const t = useTranslations("passwordLink");
  const form = useForm(requestPasswordResetAction);
  const sent = useRef<HTMLDivElement>(null);
  const done = form.state.status === "success";
  useEffect(() => {
    if (done) sent.current?.focus();
  }, [done]);
  if (form.state.status === "success")
    return (
      <div ref={sent} tabIndex={-1} className="space-y-4 outline-none">
        <Alert tone="success" title={t("sentTitle")}>
          <p>{t("sentBody", { email: form.state.data.email })}</p>
          <p>{t("sentHint")}</p>
        </Alert>
      </div>
    );
  return (
    <form action={form.action} noValidate className="space-y-4">
      <FormFeedback state={form.state} fields={["email"]} focus />
      <div key={form.key}>
        <Field label={t("email")} errors={form.errors("email")}>
          <Input
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={254}
            defaultValue={form.value("email")}
          />
        </Field>
      </div>
      <SubmitButton pending={form.pending} busy={t("sending")} className="w-full">
        {t("send")}
      </SubmitButton>
    </form>
  );
}
