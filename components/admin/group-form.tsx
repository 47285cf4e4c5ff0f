"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton, SubmitRow } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createGroupAction, updateGroupAction } from "@/lib/admin/groups/form-actions";
import { REMINDER_DAYS } from "@/lib/admin/groups/input";
import { LOCALES } from "@/lib/i18n/locales";

const FIELDS = [
  "slug",
  "nameNb",
  "nameRu",
  "nameEn",
  "commissionNb",
  "commissionRu",
  "commissionEn",
  "reminderDays",
] as const;

const suffix = { nb: "Nb", ru: "Ru", en: "En" } as const;

/**
 * Creates a working group or edits one: the address name, names and commission in nb/ru/en, and
 * how many days before a meeting's cut-off its contacts are reminded.
 */
export function GroupForm({
  groupId,
  initial = {},
}: {
  groupId?: string;
  initial?: Record<string, string>;
}) {
  const t = useTranslations("admin.groups");
  const ta = useTranslations("admin");
  const form = useForm(groupId ? updateGroupAction : createGroupAction);
  const value = (field: string) => form.value(field, initial[field]);
  const errorsFor = form.errors;
  return (
    <form action={form.action} noValidate className="space-y-5">
      {groupId ? <input type="hidden" name="groupId" value={groupId} /> : null}
      <FormFeedback state={form.state} saved={ta("saved")} fields={FIELDS} focus />
      <div key={form.key} className="space-y-5">
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
        <Field
          label={t("fields.reminderDays")}
          hint={t("hints.reminderDays", { min: REMINDER_DAYS.min, max: REMINDER_DAYS.max })}
          errors={errorsFor("reminderDays")}
        >
          <Input
            name="reminderDays"
            defaultValue={form.value(
              "reminderDays",
              initial.reminderDays ?? REMINDER_DAYS.defaults.join(", "),
            )}
            autoComplete="off"
            maxLength={200}
            className="tabular-nums sm:max-w-xs"
          />
        </Field>
      </div>
      <SubmitRow
        cancel={
          groupId ? null : (
            <Link href="/admin/groups" className={buttonClasses("secondary")}>
              {ta("cancel")}
            </Link>
          )
        }
      >
        <SubmitButton pending={form.pending} busy={ta("saving")}>
          {groupId ? ta("save") : t("create")}
        </SubmitButton>
      </SubmitRow>
    </form>
  );
}
