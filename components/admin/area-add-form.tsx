"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { IDLE } from "@/lib/admin/form-state";
import { createAreaAction } from "@/lib/admin/groups/form-actions";
import { LOCALES } from "@/lib/i18n/locales";
import { type ErrorsFor, FormOutcome, fieldValues, useErrorsFor } from "./form-parts";

const suffix = { nb: "Nb", ru: "Ru", en: "En" } as const;

export function AreaNameFields({
  value,
  errorsFor,
  idPrefix,
}: {
  value: (field: string) => string;
  errorsFor: ErrorsFor;
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
  const [state, action, pending] = useActionState(createAreaAction, IDLE);
  const errorsFor = useErrorsFor(state.status === "error" ? state.fieldErrors : undefined);
  return (
    <form action={action} noValidate aria-labelledby="add-area" className="space-y-3">
      <h3 id="add-area" className="text-sm font-semibold">
        {t("addHeading")}
      </h3>
      <input type="hidden" name="groupId" value={groupId} />
      <FormOutcome
        state={state}
        savedText={t("added")}
        shownFields={["nameNb", "nameRu", "nameEn"]}
      />
      <div key={state.status === "error" ? state.attempt : "fresh"}>
        <AreaNameFields value={fieldValues(state, {})} errorsFor={errorsFor} idPrefix="new-area" />
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          <Plus aria-hidden className="size-4" />
          {pending ? t("adding") : t("add")}
        </Button>
      </div>
    </form>
  );
}
