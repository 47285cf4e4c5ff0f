"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInAction } from "@/lib/auth/form-actions";

/** Starting over (another account) mounts a fresh form: no state survives it. */
export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [round, setRound] = useState(0);
  return (
    <SignInSteps
      key={round}
      callbackUrl={callbackUrl}
      onRestart={() => setRound((value) => value + 1)}
    />
  );
}

/**
 * Email and password first; for an account with two-factor sign-in, the same form then asks
 * for the code. The server never sends the password back: this component keeps what was typed
 * and sends it again with the code, so the credentials check verifies both together.
 */
function SignInSteps({ callbackUrl, onRestart }: { callbackUrl?: string; onRestart: () => void }) {
  const t = useTranslations("auth");
  const { state, action, pending } = useForm(signInAction);
  const [password, setPassword] = useState("");
  const [recovery, setRecovery] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  // Where the last answer left the form: the step, and the email it is about.
  const answer = state.status === "idle" ? undefined : state.data;
  const codeStep = answer?.step === "code";

  useEffect(() => {
    if (state.status !== "idle" && state.data?.step === "code") codeInput.current?.focus();
    // Outside the code step the password is no longer needed in memory.
    else setPassword("");
  }, [state]);

  const capturePassword = (form: HTMLFormElement) => {
    const typed = new FormData(form).get("password");
    if (!codeStep && typeof typed === "string") setPassword(typed);
  };

  return (
    <form
      action={action}
      onSubmit={(event) => capturePassword(event.currentTarget)}
      className="space-y-4"
      noValidate
    >
      <FormFeedback state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
      {codeStep ? (
        <>
          <input type="hidden" name="email" value={answer?.email ?? ""} />
          <input type="hidden" name="password" value={password} />
          <p className="text-sm text-muted">
            {t(recovery ? "codeStep.recoveryIntro" : "codeStep.intro", {
              email: answer?.email ?? "",
            })}
          </p>
          <Field
            key={recovery ? "recovery" : "totp"}
            label={t(recovery ? "codeStep.recoveryLabel" : "codeStep.label")}
            hint={t(recovery ? "codeStep.recoveryHint" : "codeStep.hint")}
          >
            <Input
              ref={codeInput}
              name="code"
              autoComplete="one-time-code"
              inputMode={recovery ? "text" : "numeric"}
              pattern={recovery ? undefined : "[0-9]{6}"}
              maxLength={recovery ? 32 : 6}
              spellCheck={false}
              required
            />
          </Field>
          <Button type="submit" className="w-full" disabled={pending}>
            {pending ? t("signingIn") : t("codeStep.submit")}
          </Button>
          <div className="flex flex-wrap justify-between gap-2">
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() => {
                setRecovery((value) => !value);
                setTimeout(() => codeInput.current?.focus(), 0);
              }}
            >
              {t(recovery ? "codeStep.useApp" : "codeStep.useRecovery")}
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={onRestart}>
              {t("codeStep.restart")}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Field label={t("email")}>
            <Input
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={answer?.email}
              key={answer?.email ?? ""}
            />
          </Field>
          <Field label={t("password")}>
            <Input name="password" type="password" autoComplete="current-password" required />
          </Field>
          <Button type="submit" className="w-full" disabled={pending}>
            {pending ? t("signingIn") : t("signIn")}
          </Button>
        </>
      )}
    </form>
  );
}
