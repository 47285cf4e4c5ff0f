"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import type { LocalizedValues } from "@/lib/i18n/localized";
import { updateMinutesAction } from "@/lib/meetings/form-actions";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import type { MeetingRefs } from "@/lib/meetings/types";
import { EditDisclosure } from "./edit-disclosure";
import { LanguageFields } from "./language-fields";
import { PartForm } from "./part-form";

/** The minutes in nb, ru and en side by side, behind an "Edit minutes" button. */
export function MinutesEditor({
  refs,
  base,
  minutes,
}: {
  refs: MeetingRefs;
  /** The minutes' fingerprint as the page shows them (lib/meetings/fingerprints.ts). */
  base: string;
  minutes: LocalizedValues;
}) {
  const t = useTranslations("meetings.minutes");
  // Said once the editor has closed after a save, until it is opened again.
  const [saved, setSaved] = useState(false);
  return (
    <div className="space-y-3">
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <EditDisclosure label={t("edit")} onOpen={() => setSaved(false)}>
        {(close) => (
          <MinutesForm
            refs={refs}
            base={base}
            minutes={minutes}
            onSaved={() => {
              setSaved(true);
              close();
            }}
            onCancel={close}
          />
        )}
      </EditDisclosure>
    </div>
  );
}

function MinutesForm({
  refs,
  base,
  minutes,
  onSaved,
  onCancel,
}: {
  refs: MeetingRefs;
  base: string;
  minutes: LocalizedValues;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("meetings");
  const form = useForm(updateMinutesAction, { base, onSuccess: onSaved });
  return (
    <PartForm
      form={form}
      refs={refs}
      hidden={{ base: form.base }}
      submit={t("minutes.save")}
      onCancel={onCancel}
      className="space-y-3"
    >
      <LanguageFields
        prefix="minutes"
        legend={t("minutes.heading")}
        hint={t("minutes.hint")}
        initial={minutes}
        form={form}
        maxLength={MEETING_LIMITS.minutes}
        rows={14}
      />
    </PartForm>
  );
}
