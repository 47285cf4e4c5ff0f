"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton, SubmitRow } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { saveNotificationSettingsAction } from "@/lib/notifications/preferences/form-actions";
import type { NotificationSettings } from "@/lib/notifications/preferences/types";
import { EMAIL_DELIVERIES, NOTIFICATION_CATEGORIES } from "@/lib/vocabulary";

const FIELDS = [...NOTIFICATION_CATEGORIES, "digestHour", "timeZone"] as const;
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const clock = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

/**
 * Email per kind of notification (at once, daily, weekly, none) and when the digests come.
 * After a refusal the choices stay as they were made, each error beside its field.
 */
export function NotificationSettingsForm({
  settings,
  zones,
}: {
  settings: NotificationSettings;
  /** The time zones offered, each with its name in the reader's language. */
  zones: { value: string; label: string }[];
}) {
  const t = useTranslations();
  const form = useForm(saveNotificationSettingsAction);
  return (
    <form action={form.action} noValidate className="space-y-6">
      <FormFeedback
        state={form.state}
        fields={FIELDS}
        saved={t("notificationSettings.saved")}
        summary={t("notificationSettings.errorsSummary")}
        focus
      />
      <div key={form.key} className="space-y-6">
        <fieldset className="space-y-4">
          <legend className="text-base font-semibold">
            {t("notificationSettings.email.heading")}
          </legend>
          <p className="text-sm text-muted">{t("notificationSettings.email.intro")}</p>
          {/* Selects line up when a label takes two lines. */}
          <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
            {NOTIFICATION_CATEGORIES.map((category) => (
              <Field
                key={category}
                label={t(`notifications.categories.${category}`)}
                errors={form.errors(category)}
              >
                <Select
                  name={category}
                  defaultValue={form.value(category, settings.deliveries[category])}
                  className="min-h-11"
                >
                  {EMAIL_DELIVERIES.map((delivery) => (
                    <option key={delivery} value={delivery}>
                      {t(`notifications.deliveries.${delivery}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-base font-semibold">
            {t("notificationSettings.digest.heading")}
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              label={t("notificationSettings.digest.hour")}
              hint={t("notificationSettings.digest.hourHint")}
              errors={form.errors("digestHour")}
            >
              <Select
                name="digestHour"
                defaultValue={form.value("digestHour", String(settings.digestHour))}
                className="min-h-11"
              >
                {HOURS.map((hour) => (
                  <option key={hour} value={hour}>
                    {clock(hour)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={t("notificationSettings.digest.zone")}
              hint={t("notificationSettings.digest.zoneHint", {
                zone: zones.find((z) => z.value === settings.defaultTimeZone)?.label ?? "",
              })}
              errors={form.errors("timeZone")}
            >
              <Select
                name="timeZone"
                defaultValue={form.value("timeZone", settings.timeZone)}
                className="min-h-11"
              >
                {zones.map((zone) => (
                  <option key={zone.value} value={zone.value}>
                    {zone.label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </fieldset>
      </div>
      <SubmitRow>
        <SubmitButton
          pending={form.pending}
          busy={t("notificationSettings.saving")}
          className="w-full sm:w-auto"
        >
          {t("notificationSettings.save")}
        </SubmitButton>
      </SubmitRow>
    </form>
  );
}
