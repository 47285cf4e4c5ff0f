"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { type ProfileState, updateProfileAction } from "@/lib/account/form-actions";
import type { MessageRef } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";

const IDLE: ProfileState = { status: "idle" };

/** The user's own name and language. */
export function ProfileForm({ name, locale }: { name: string; locale: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(updateProfileAction, IDLE);
  const box = useRef<HTMLDivElement>(null);
  const attempt = state.status === "idle" ? null : state.attempt;
  useEffect(() => {
    if (attempt) box.current?.focus();
  }, [attempt]);
  const message = (ref: MessageRef) =>
    t.has(ref.key as never) ? t(ref.key as never, ref.values as never) : t("errors.validation");
  const errors = (field: string) =>
    state.status === "error" ? state.fieldErrors[field]?.map(message) : undefined;
  const values = state.status === "error" ? state.values : { name, locale };
  return (
    <form action={action} noValidate className="space-y-4">
      <div ref={box} tabIndex={-1} className="outline-none empty:hidden">
        {state.status === "error" ? <Alert tone="error">{message(state.message)}</Alert> : null}
        {state.status === "saved" ? (
          <Alert tone="success">{t("profile.details.saved")}</Alert>
        ) : null}
      </div>
      <div key={attempt ?? "initial"} className="grid gap-4 sm:grid-cols-2">
        <Field label={t("profile.details.name")} errors={errors("name")}>
          <Input
            name="name"
            defaultValue={values.name}
            required
            autoComplete="name"
            maxLength={200}
          />
        </Field>
        <Field
          label={t("profile.details.language")}
          hint={t("profile.details.languageHint")}
          errors={errors("locale")}
        >
          <Select name="locale" defaultValue={values.locale}>
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t("profile.details.saving") : t("profile.details.save")}
        </Button>
      </div>
    </form>
  );
}
