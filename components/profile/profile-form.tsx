"use client";

import { useTranslations } from "next-intl";
import { EditForm } from "@/components/forms/edit-form";
import { useForm } from "@/components/forms/use-form";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { LanguageOptions } from "@/components/ui/language-options";
import { updateProfileAction } from "@/lib/account/form-actions";

/** The user's own name and language. */
export function ProfileForm({ name, locale }: { name: string; locale: string }) {
  const t = useTranslations();
  const form = useForm(updateProfileAction);
  return (
    <EditForm
      form={form}
      saved={t("profile.details.saved")}
      submit={t("profile.details.save")}
      busy={t("profile.details.saving")}
      fieldsClassName="grid gap-4 sm:grid-cols-2"
    >
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
          <LanguageOptions />
        </Select>
      </Field>
    </EditForm>
  );
}
