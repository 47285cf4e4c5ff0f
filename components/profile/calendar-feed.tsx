"use client";

import { CalendarPlus, CalendarX, Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/lib/calendar/form-actions";

/**
 * The personal calendar subscription: create (or replace) its secret address, shown once with
 * a copy button, or turn it off. `base` is the app's address the feed's path goes after.
 */
export function CalendarFeed({ active, base }: { active: boolean; base: string }) {
  const t = useTranslations("calendarFeed");
  // What the last answer says: a new address (shown this once), or the subscription is off.
  const [shown, setShown] = useState<{ token: string } | "revoked" | null>(null);
  const create = useForm(createCalendarFeedAction, { onSuccess: (data) => setShown(data) });
  const revoke = useForm(revokeCalendarFeedAction, { onSuccess: () => setShown("revoked") });
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("intro")}</p>
      <FormFeedback state={create.state} />
      <FormFeedback state={revoke.state} />
      {shown && shown !== "revoked" ? (
        <CreatedAddress key={shown.token} address={`${base}/calendar/${shown.token}`} />
      ) : shown === "revoked" ? (
        <Alert tone="success">{t("revoked")}</Alert>
      ) : (
        <p className="text-sm">{t(active ? "active" : "none")}</p>
      )}
      <div className="flex flex-col gap-2 sm:flex-row">
        <form action={create.action}>
          <SubmitButton
            pending={create.pending}
            busy={t("working")}
            icon={CalendarPlus}
            variant={active ? "secondary" : "primary"}
            className="w-full sm:w-auto"
          >
            {t(active ? "replace" : "create")}
          </SubmitButton>
        </form>
        {active ? (
          <form action={revoke.action}>
            <SubmitButton
              pending={revoke.pending}
              busy={t("working")}
              icon={CalendarX}
              variant="ghost"
              className="w-full sm:w-auto"
            >
              {t("revoke")}
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}

function CreatedAddress({ address }: { address: string }) {
  const t = useTranslations("calendarFeed");
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => box.current?.focus(), []);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin): the field is selected for copying by hand.
      document.getElementById(id)?.focus();
    }
  };
  return (
    <div
      ref={box}
      tabIndex={-1}
      className="space-y-2 rounded-md border border-ok/30 bg-ok-soft p-3 text-sm outline-none"
    >
      <p>{t("created")}</p>
      <label htmlFor={id} className="sr-only">
        {t("address")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id={id}
          readOnly
          value={address}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 font-mono text-sm"
          spellCheck={false}
        />
        <Button type="button" variant="secondary" onClick={onCopy} className="shrink-0">
          {copied ? (
            <Check aria-hidden className="size-4" />
          ) : (
            <Copy aria-hidden className="size-4" />
          )}
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <p className="text-muted">{t("secret")}</p>
    </div>
  );
}
