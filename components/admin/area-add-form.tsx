"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { EditForm } from "@/components/forms/edit-form";
import { useForm } from "@/components/forms/use-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createAreaAction } from "@/lib/admin/groups/form-actions";
import { LOCALES } from "@/lib/i18n/locales";

const suffix = { nb: "Nb", ru: "Ru", en: "En" } as const;

export const AREA_NAME_FIELDS = ["nameNb", "nameRu", "nameEn"] as const;

export function AreaNameFields({
  value,
  errorsFor,
  idPrefix,
}: {
  value: (field: string) => string;
  errorsFor: (field: string) => string[] | undefined;
  idPrefix: string;
}) {
  const t = useTranslations("admin.areas");
  return (
    <div className="grid gap-3 lg:grid-cols-3">
      {LOCALES.map((lang) => {
        const name = `name${suffix[lang]}`;
        return (
          <Field key={lang} label={t(`nameIn.${lang}`)} errors={errorsFor(name)}>
            <Input
              id={`${idPrefix}-${name}`}
              name={name}
              lang={lang}
              defaultValue={value(name)}
              required
              maxLength={200}
            />
          </Field>
        );
      })}
    </div>
  );
}

/** Adds an area at the end of the list; the fields empty again for the next one. */
export function AreaAddForm({ groupId }: { groupId: string }) {
  const t = useTranslations("admin.areas");
  const form = useForm(createAreaAction);
  return (
    <EditForm
      form={form}
      label="add-area"
      heading={
        <h3 id="add-area" className="text-sm font-semibold">
          {t("addHeading")}
        </h3>
      }
      hidden={{ groupId }}
      saved={t("added")}
      fields={AREA_NAME_FIELDS}
      submit={t("add")}
      busy={t("adding")}
      icon={Plus}
      className="space-y-3"
    >
      <AreaNameFields
        value={(field) => form.value(field)}
        errorsFor={form.errors}
        idPrefix="new-area"
      />
    </EditForm>
  );
}
