"use client";

import { useTranslations } from "next-intl";
import { EditForm } from "@/components/forms/edit-form";
import { FormField } from "@/components/forms/form-field";
import { useForm } from "@/components/forms/use-form";
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
      <FormField form={form} name="name" initial={name} label={t("profile.details.name")}>
        <Input required autoComplete="name" maxLength={200} />
      </FormField>
      <FormField
        form={form}
        name="locale"
        initial={locale}
        label={t("profile.details.language")}
        hint={t("profile.details.languageHint")}
      >
        <Select>
          <LanguageOptions />
        </Select>
      </FormField>
    </EditForm>
  );
}
