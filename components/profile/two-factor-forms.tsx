"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  startTwoFactorAction,
} from "@/lib/account/form-actions";
import { AccountForm, PasswordInput } from "./password-fields";

/** Begins setting up (or, with `again`, replaces the key not yet confirmed). */
export function StartTwoFactorForm({ again = false }: { again?: boolean }) {
  const t = useTranslations("twoFactor");
  const form = useForm(startTwoFactorAction);
  return (
    <form action={form.action} className="space-y-3">
      <FormFeedback state={form.state} focus />
      <SubmitButton
        pending={form.pending}
        busy={t("working")}
        variant={again ? "ghost" : "primary"}
      >
        {t(again ? "setup.restart" : "setup.start")}
      </SubmitButton>
    </form>
  );
}

/** The code that proves the app holds the key; then the recovery codes, this once. */
export function ConfirmTwoFactorForm({
  continueHref,
  restart,
}: {
  continueHref: string;
  /** Shown until the code is accepted: a way to start over with a new key. */
  restart?: ReactNode;
}) {
  const t = useTranslations("twoFactor");
  const form = useForm(confirmTwoFactorAction);
  const { state } = form;
  const done = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "success") done.current?.focus();
  }, [state.status]);
  if (state.status === "success")
    return (
      <div className="space-y-4">
        <h3 ref={done} tabIndex={-1} className="text-base font-semibold outline-none">
          {t("recovery.title")}
        </h3>
        <Alert tone="success">{t("setup.enabled")}</Alert>
        <p className="text-sm">{t("recovery.intro")}</p>
        <ol
          data-testid="recovery-codes"
          className="grid grid-cols-2 gap-2 rounded-md border border-line bg-canvas p-3 font-mono text-sm"
        >
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <p className="text-sm text-muted">{t("recovery.once")}</p>
        <Link href={continueHref} className={buttonClasses("primary")}>
          {t("recovery.saved")}
        </Link>
      </div>
    );
  return (
    <div className="space-y-4">
      <form action={form.action} noValidate className="space-y-4">
        <FormFeedback state={state} fields={["code"]} summary={t("errors.summary")} focus />
        <Field label={t("fields.code")} hint={t("hints.code")} errors={form.errors("code")}>
          <Input
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={6}
            spellCheck={false}
            required
          />
        </Field>
        <SubmitButton pending={form.pending} busy={t("working")}>
          {t("setup.confirm")}
        </SubmitButton>
      </form>
      {restart}
    </div>
  );
}

const DISABLE_FIELDS = ["currentPassword", "code"] as const;

/** Turning it off: the current password and a code from the app (or a recovery code). */
export function DisableTwoFactorForm({ email }: { email: string }) {
  const t = useTranslations("twoFactor");
  const form = useForm(disableTwoFactorAction);
  return (
    <AccountForm form={form} email={email} fields={DISABLE_FIELDS} summary={t("errors.summary")}>
      <Field label={t("fields.currentPassword")} errors={form.errors("currentPassword")}>
        <PasswordInput name="currentPassword" current />
      </Field>
      <Field
        label={t("fields.codeOrRecovery")}
        hint={t("hints.codeOrRecovery")}
        errors={form.errors("code")}
      >
        <Input name="code" autoComplete="one-time-code" spellCheck={false} required />
      </Field>
      <SubmitButton pending={form.pending} busy={t("working")} variant="danger">
        {t("disable.submit")}
      </SubmitButton>
    </AccountForm>
  );
}
