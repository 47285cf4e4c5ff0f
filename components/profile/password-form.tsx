"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changePasswordAction, type PasswordState } from "@/lib/account/form-actions";
import type { MessageRef } from "@/lib/errors";

const IDLE: PasswordState = { status: "idle" };

function useMessage() {
  const t = useTranslations();
  return (ref: MessageRef) =>
    t.has(ref.key as never) ? t(ref.key as never, ref.values as never) : t("errors.validation");
}

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
  const message = useMessage();
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  const box = useRef<HTMLDivElement>(null);
  const attempt = state.status === "error" ? state.attempt : null;
  useEffect(() => {
    if (attempt) box.current?.focus();
  }, [attempt]);
  if (state.status === "signInAgain")
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
  const errors = (field: string) =>
    state.status === "error" ? state.fieldErrors[field]?.map(message) : undefined;
  const otherErrors =
    state.status === "error" &&
    !["currentPassword", "newPassword", "confirmPassword"].some((f) => state.fieldErrors[f]);
  return (
    <form action={action} noValidate className="space-y-4">
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
      <div ref={box} tabIndex={-1} className="outline-none empty:hidden">
        {state.status === "error" ? (
          <Alert tone="error">{otherErrors ? message(state.message) : t("errors.summary")}</Alert>
        ) : null}
      </div>
      <Field
        label={oneTime ? t("fields.oneTimePassword") : t("fields.currentPassword")}
        hint={oneTime ? t("hints.oneTimePassword") : undefined}
        errors={errors("currentPassword")}
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
        errors={errors("newPassword")}
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
      <Field label={t("fields.confirmPassword")} errors={errors("confirmPassword")}>
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
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
