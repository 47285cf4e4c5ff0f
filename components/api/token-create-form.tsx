"use client";

import { Check, Copy, KeyRound } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { Choices } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { createTokenAction } from "@/lib/api/form-actions";
import {
  API_BASE,
  TOKEN_EXPIRY_CHOICES,
  TOKEN_EXPIRY_DEFAULT,
  TOKEN_NAME_MAX,
  TOKEN_SCOPES,
} from "@/lib/api/rules";
import type { CreatedToken } from "@/lib/api/types";

const FIELDS = ["name", "scope", "expiresInDays"] as const;

/** A new token: name, access and expiry. Its secret is shown once, below, after it is created. */
export function TokenCreateForm() {
  const t = useTranslations("apiTokens");
  const form = useForm(createTokenAction);
  const created = form.state.status === "success" ? form.state.data : null;
  return (
    <div className="space-y-4">
      {created ? <TokenSecret key={created.id} token={created} /> : null}
      <form action={form.action} noValidate className="space-y-4">
        <FormFeedback state={form.state} fields={FIELDS} focus={!created} />
        <div key={form.key} className="grid gap-4 sm:grid-cols-2">
          <FormField
            form={form}
            name="name"
            className="sm:col-span-2"
            label={t("create.name")}
            hint={t("create.nameHint")}
          >
            <Input required maxLength={TOKEN_NAME_MAX} autoComplete="off" />
          </FormField>
          <fieldset className="space-y-2 sm:col-span-2">
            <legend className="text-sm font-medium">{t("create.scope")}</legend>
            <Choices
              type="radio"
              name="scope"
              values={TOKEN_SCOPES}
              checked={(scope) => form.value("scope", "read") === scope}
              label={(scope) => t(`create.scopes.${scope}`)}
              className="flex min-h-11 items-center gap-2 text-sm"
              inputClassName="size-4"
            />
          </fieldset>
          <FormField
            form={form}
            name="expiresInDays"
            initial={String(TOKEN_EXPIRY_DEFAULT)}
            label={t("create.expiry")}
          >
            <Select className="min-h-11">
              <Options values={TOKEN_EXPIRY_CHOICES} label={(days) => t("create.days", { days })} />
            </Select>
          </FormField>
        </div>
        <SubmitButton
          pending={form.pending}
          busy={t("create.creating")}
          icon={KeyRound}
          className="h-11 w-full sm:w-auto"
        >
          {t("create.submit")}
        </SubmitButton>
      </form>
    </div>
  );
}

/** The secret, this once: selectable, with a copy button and a request to try it with. */
function TokenSecret({ token }: { token: CreatedToken }) {
  const t = useTranslations("apiTokens.secret");
  const format = useFormatter();
  const id = useId();
  const panel = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const [origin, setOrigin] = useState("");
  useEffect(() => {
    setOrigin(window.location.origin);
    panel.current?.focus();
  }, []);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(token.secret);
      setCopy("copied");
    } catch {
      // No clipboard outside HTTPS or when refused: the text stays selectable.
      setCopy("failed");
    }
  };
  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby={`${id}-heading`}
      className="space-y-3 rounded-md border border-accent/30 bg-accent-soft p-4 outline-none focus-visible:ring-2 focus-visible:ring-accent"
    >
      <h3 id={`${id}-heading`} className="flex items-center gap-2 text-sm font-semibold">
        <KeyRound aria-hidden className="size-4" />
        {t("heading", { name: token.name })}
      </h3>
      <p className="text-sm">{t("once")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <code
          data-testid="token-secret"
          translate="no"
          className="select-all break-all rounded border border-line bg-surface px-3 py-2 font-mono text-sm text-ink"
        >
          {token.secret}
        </code>
        <Button variant="secondary" size="sm" onClick={onCopy}>
          {copy === "copied" ? (
            <Check aria-hidden className="size-4" />
          ) : (
            <Copy aria-hidden className="size-4" />
          )}
          {copy === "copied" ? t("copied") : t("copy")}
        </Button>
        <span aria-live="polite" className={copy === "failed" ? "text-sm" : "sr-only"}>
          {copy === "copied" ? t("copiedAnnouncement") : copy === "failed" ? t("copyFailed") : ""}
        </span>
      </div>
      <p className="text-sm">
        {t("expires", { date: format.dateTime(new Date(token.expiresAt), { dateStyle: "long" }) })}
      </p>
      <div className="space-y-1 text-sm">
        <p>{t("example")}</p>
        {/* Wrapped, not scrolled: the whole line is readable (and copyable) at any width. */}
        <pre className="whitespace-pre-wrap break-all rounded border border-line bg-surface p-2 font-mono text-xs">
          {`curl -H "Authorization: Bearer ${token.secret}" ${origin}${API_BASE}/groups`}
        </pre>
      </div>
    </section>
  );
}
