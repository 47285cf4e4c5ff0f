"use client";

import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { LocalizedValues } from "@/lib/i18n/localized";
import { updateMinutesAction } from "@/lib/meetings/form-actions";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import { FormStatus, RecordFields, useMeetingForm } from "./form-kit";
import { LanguageFields } from "./language-fields";

/** The minutes in nb, ru and en side by side, behind an "Edit minutes" button. */
export function MinutesEditor({
  refs,
  base,
  minutes,
}: {
  refs: { groupId: string; meetingId: string };
  base: string;
  minutes: LocalizedValues;
}) {
  const t = useTranslations("meetings");
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const form = useMeetingForm(updateMinutesAction, () => setOpen(false));
  const wasOpen = useRef(false);
  // An answer from before the editor was last opened is old news.
  const [seen, setSeen] = useState<string | undefined>(undefined);
  const fresh = form.state.nonce !== seen;
  useEffect(() => {
    if (!open && wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const initial: Record<string, string | null | undefined> = {
    minutesNb: minutes.nb,
    minutesRu: minutes.ru,
    minutesEn: minutes.en,
  };
  return (
    <div className="space-y-3">
      {fresh && !open && form.state.status === "success" ? (
        <FormStatus state={form.state} saved={t("minutes.saved")} />
      ) : null}
      <Button
        ref={toggle}
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          if (!open) setSeen(form.state.nonce);
          setOpen(!open);
        }}
      >
        <Pencil aria-hidden className="size-4" />
        {t("minutes.edit")}
      </Button>
      <div id={id} hidden={!open}>
        {open ? (
          <form action={form.formAction} noValidate className="space-y-3">
            {fresh ? <FormStatus state={form.state} /> : null}
            <RecordFields {...refs} base={base} />
            <div key={form.formKey}>
              <LanguageFields
                prefix="minutes"
                legend={t("minutes.heading")}
                hint={t("minutes.hint")}
                value={(field) => form.value(field, initial[field])}
                errors={form.errors}
                maxLength={MEETING_LIMITS.minutes}
                rows={14}
              />
            </div>
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Button variant="secondary" size="sm" onClick={() => setOpen(false)}>
                {t("form.cancel")}
              </Button>
              <Button type="submit" size="sm" disabled={form.pending}>
                {form.pending ? t("form.saving") : t("minutes.save")}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    </div>
  );
}
