"use client";

import { useTranslations } from "next-intl";
import { type FieldSource, FormField } from "@/components/forms/form-field";
import { CheckField, FieldErrors } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { LanguageOptions } from "@/components/ui/language-options";
import type { GroupOption } from "@/lib/admin/groups/types";
import type { FormState } from "@/lib/forms/state";
import { useAppLocale } from "@/lib/i18n/client";
import { DELEGATIONS, GROUP_ROLES } from "@/lib/vocabulary";

export const DETAIL_FIELDS = [
  "email",
  "name",
  "delegation",
  "locale",
  "position",
  "isAdmin",
] as const;

/** The membership errors of a refusal (one per row, e.g. "memberships.0.role"): shown together. */
export function membershipErrorFields(state: FormState<unknown>): string[] {
  return state.status === "error"
    ? Object.keys(state.fieldErrors).filter((field) => field.startsWith("memberships"))
    : [];
}

/** Email, name, delegation, language, position and the administrator flag. */
export function UserDetailFields({
  source,
  isAdmin,
  isSelf = false,
}: {
  source: FieldSource;
  /** The administrator box is ticked (as saved, or as sent with a refused attempt). */
  isAdmin: boolean;
  isSelf?: boolean;
}) {
  const t = useTranslations();
  // A field of the user: its name, its label and, for some, a hint.
  const field = (name: "name" | "email" | "delegation" | "locale" | "position") => ({
    form: source,
    name,
    label: t(`admin.users.fields.${name}`),
    hint: name === "name" || name === "delegation" ? undefined : t(`admin.users.hints.${name}`),
  });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField {...field("name")}>
        <Input required autoComplete="off" maxLength={200} />
      </FormField>
      <FormField {...field("email")}>
        <Input
          type="email"
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
        />
      </FormField>
      <FormField {...field("delegation")}>
        <Select required>
          <option value="">{t("admin.choose")}</option>
          <Options values={DELEGATIONS} label={(delegation) => t(`delegations.${delegation}`)} />
        </Select>
      </FormField>
      <FormField {...field("locale")}>
        <Select required>
          <option value="">{t("admin.choose")}</option>
          <LanguageOptions />
        </Select>
      </FormField>
      <FormField {...field("position")} className="sm:col-span-2">
        <Input autoComplete="off" maxLength={300} />
      </FormField>
      <CheckField
        id="user-is-admin"
        name="isAdmin"
        defaultChecked={isAdmin}
        label={t("admin.users.fields.isAdmin")}
        hint={isSelf ? t("admin.users.hints.isAdminSelf") : t("admin.users.hints.isAdmin")}
        errors={source.errors("isAdmin")}
        className="sm:col-span-2"
      />
    </div>
  );
}

/** One role select per working group: "not a member" or one of the three roles. */
export function MembershipFields({
  groups,
  value,
  errors,
}: {
  groups: GroupOption[];
  value: (field: string) => string;
  errors?: string[];
}) {
  const t = useTranslations();
  const locale = useAppLocale();
  return (
    <fieldset aria-describedby="memberships-hint memberships-error" className="space-y-3">
      <legend className="text-sm font-semibold text-ink">
        {t("admin.users.memberships.legend")}
      </legend>
      <p id="memberships-hint" className="text-sm text-muted">
        {t("admin.users.memberships.hint")}
      </p>
      {groups.length === 0 ? (
        <p className="text-sm text-muted">{t("admin.users.memberships.noGroups")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-md border border-line">
          {groups.map((group) => {
            const name = { nb: group.nameNb, ru: group.nameRu, en: group.nameEn }[locale];
            const id = `role-${group.id}`;
            return (
              <li
                key={group.id}
                className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <label htmlFor={id} className="text-sm font-medium">
                  {name}
                  {group.archived ? (
                    <span className="ml-2 text-xs font-normal text-muted">
                      {t("admin.groups.archivedBadge")}
                    </span>
                  ) : null}
                </label>
                <Select
                  id={id}
                  name={`role:${group.id}`}
                  defaultValue={value(`role:${group.id}`)}
                  className="sm:w-56"
                >
                  <option value="">{t("admin.users.memberships.none")}</option>
                  <Options values={GROUP_ROLES} label={(role) => t(`roles.${role}`)} />
                </Select>
              </li>
            );
          })}
        </ul>
      )}
      <FieldErrors id="memberships-error" messages={errors} />
    </fieldset>
  );
}
