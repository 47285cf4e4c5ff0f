"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  startTwoFactorAction,
  type TwoFactorState,
} from "@/lib/account/form-actions";
import type { MessageRef } from "@/lib/errors";

const IDLE: TwoFactorState = { status: "idle" };

function useMessage() {
  const t = useTranslations();
  return (ref: MessageRef) =>
    t.has(ref.key as never) ? t(ref.key as never, ref.values as never) : t("errors.validation");
}

/** The refusal, focused so keyboard and screen-reader users start from the problem. */
function Outcome({ state, fields }: { state: TwoFactorState; fields: string[] }) {
  const t = useTranslations("twoFactor");
  const message = useMessage();
  const box = useRef<HTMLDivElement>(null);
  const attempt = state.status === "error" ? state.attempt : null;
  useEffect(() => {
    if (attempt) box.current?.focus();
  }, [attempt]);
  const onField = state.status === "error" && fields.some((f) => state.fieldErrors[f]);
  return (
    <div ref={box} tabIndex={-1} className="outline-none empty:hidden">
      {state.status === "error" ? (
        <Alert tone="error">{onField ? t("errors.summary") : message(state.message)}</Alert>
      ) : null}
    </div>
  );
}

function useFieldErrors(state: TwoFactorState) {
  const message = useMessage();
  return (field: string) =>
    state.status === "error" ? state.fieldErrors[field]?.map(message) : undefined;
}

/** Begins setting up (or, with `again`, replaces the key not yet confirmed). */
export function StartTwoFactorForm({ again = false }: { again?: boolean }) {
  const t = useTranslations("twoFactor");
  const [state, action, pending] = useActionState(startTwoFactorAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <Outcome state={state} fields={[]} />
      <Button type="submit" variant={again ? "ghost" : "primary"} disabled={pending}>
        {pending ? t("working") : t(again ? "setup.restart" : "setup.start")}
      </Button>
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
  const [state, action, pending] = useActionState(confirmTwoFactorAction, IDLE);
  const errors = useFieldErrors(state);
  const done = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "enabled") done.current?.focus();
  }, [state.status]);
  if (state.status === "enabled")
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
          {state.recoveryCodes.map((code) => (
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
      <form action={action} noValidate className="space-y-4">
        <Outcome state={state} fields={["code"]} />
        <Field label={t("fields.code")} hint={t("hints.code")} errors={errors("code")}>
          <Input
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={6}
            spellCheck={false}
            required
          />
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? t("working") : t("setup.confirm")}
        </Button>
      </form>
      {restart}
    </div>
  );
}

/** Turning it off: the current password and a code from the app (or a recovery code). */
export function DisableTwoFactorForm({ email }: { email: string }) {
  const t = useTranslations("twoFactor");
  const [state, action, pending] = useActionState(disableTwoFactorAction, IDLE);
  const errors = useFieldErrors(state);
  return (
    <form action={action} noValidate className="space-y-4">
      {/* Tells password managers whose password this is. */}
      <input
        type="email"
        name="username"
        autoComplete="username"
        defaultValue={email}
        hidden
        readOnly
      />
      <Outcome state={state} fields={["currentPassword", "code"]} />
      <Field label={t("fields.currentPassword")} errors={errors("currentPassword")}>
        <Input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          spellCheck={false}
        />
      </Field>
      <Field
        label={t("fields.codeOrRecovery")}
        hint={t("hints.codeOrRecovery")}
        errors={errors("code")}
      >
        <Input name="code" autoComplete="one-time-code" spellCheck={false} required />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("working") : t("disable.submit")}
      </Button>
    </form>
  );
}
