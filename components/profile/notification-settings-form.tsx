"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton, SubmitRow } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { ChoiceOptions, Options, Select } from "@/components/ui/input";
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
              <FormField
                key={category}
                form={form}
                name={category}
                initial={settings.deliveries[category]}
                label={t(`notifications.categories.${category}`)}
              >
                <Select className="min-h-11">
                  <Options
                    values={EMAIL_DELIVERIES}
                    label={(delivery) => t(`notifications.deliveries.${delivery}`)}
                  />
                </Select>
              </FormField>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-base font-semibold">
            {t("notificationSettings.digest.heading")}
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              form={form}
              name="digestHour"
              initial={String(settings.digestHour)}
              label={t("notificationSettings.digest.hour")}
              hint={t("notificationSettings.digest.hourHint")}
            >
              <Select className="min-h-11">
                <Options values={HOURS} label={clock} />
              </Select>
            </FormField>
            <FormField
              form={form}
              name="timeZone"
              initial={settings.timeZone}
              label={t("notificationSettings.digest.zone")}
              hint={t("notificationSettings.digest.zoneHint", {
                zone: zones.find((z) => z.value === settings.defaultTimeZone)?.label ?? "",
              })}
            >
              <Select className="min-h-11">
                <ChoiceOptions choices={zones} />
              </Select>
            </FormField>
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
