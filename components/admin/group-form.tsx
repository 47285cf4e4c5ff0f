"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { IDLE } from "@/lib/admin/form-state";
import { createGroupAction, updateGroupAction } from "@/lib/admin/groups/form-actions";
import { LOCALES } from "@/lib/i18n/locales";
import { FormOutcome, fieldValues, useErrorsFor } from "./form-parts";

const FIELDS = [
  "slug",
  "nameNb",
  "nameRu",
  "nameEn",
  "commissionNb",
  "commissionRu",
  "commissionEn",
] as const;

const suffix = { nb: "Nb", ru: "Ru", en: "En" } as const;

/** Creates a working group or edits one: the address name, and names and commission in nb/ru/en. */
export function GroupForm({
  groupId,
  initial = {},
}: {
  groupId?: string;
  initial?: Record<string, string>;
}) {
  const t = useTranslations("admin.groups");
  const ta = useTranslations("admin");
  const [state, action, pending] = useActionState(
    groupId ? updateGroupAction : createGroupAction,
    IDLE,
  );
  const errorsFor = useErrorsFor(state.status === "error" ? state.fieldErrors : undefined);
  const value = fieldValues(state, initial);
  return (
    <form action={action} noValidate className="space-y-5">
      {groupId ? <input type="hidden" name="groupId" value={groupId} /> : null}
      <FormOutcome state={state} savedText={ta("saved")} shownFields={FIELDS} />
      <div key={state.status === "idle" ? "initial" : state.attempt} className="space-y-5">
        <Field
          label={t("fields.slug")}
          hint={groupId ? t("hints.slugEdit") : t("hints.slug")}
          errors={errorsFor("slug")}
        >
          <Input
            name="slug"
            defaultValue={value("slug")}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={63}
            className="font-mono sm:max-w-sm"
          />
        </Field>
        {(["name", "commission"] as const).map((kind) => (
          <fieldset key={kind} className="space-y-2">
            <legend className="text-sm font-semibold">{t(`fields.${kind}`)}</legend>
            <div className="grid gap-4 lg:grid-cols-3">
              {LOCALES.map((lang) => {
                const name = `${kind}${suffix[lang]}`;
                return (
                  <Field key={name} label={t(`fields.${kind}In.${lang}`)} errors={errorsFor(name)}>
                    <Input
                      name={name}
                      lang={lang}
                      defaultValue={value(name)}
                      required
                      maxLength={300}
                    />
                  </Field>
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {groupId ? null : (
          <Link href="/admin/groups" className={buttonClasses("secondary")}>
            {ta("cancel")}
          </Link>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? ta("saving") : groupId ? ta("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
