"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { updateProfileAction } from "@/lib/account/form-actions";
import { LOCALES } from "@/lib/i18n/locales";

/** The user's own name and language. */
export function ProfileForm({ name, locale }: { name: string; locale: string }) {
  const t = useTranslations();
  const form = useForm(updateProfileAction);
  return (
    <form action={form.action} noValidate className="space-y-4">
      <FormFeedback state={form.state} saved={t("profile.details.saved")} focus />
      <div key={form.key} className="grid gap-4 sm:grid-cols-2">
        <Field label={t("profile.details.name")} errors={form.errors("name")}>
          <Input
            name="name"
            defaultValue={form.value("name", name)}
            required
            autoComplete="name"
            maxLength={200}
          />
        </Field>
        <Field
          label={t("profile.details.language")}
          hint={t("profile.details.languageHint")}
          errors={form.errors("locale")}
        >
          <Select name="locale" defaultValue={form.value("locale", locale)}>
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("profile.details.saving") : t("profile.details.save")}
        </Button>
      </div>
    </form>
  );
}
