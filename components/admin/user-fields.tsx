"use client";

import { useTranslations } from "next-intl";
import { CheckField, Field, FieldErrors } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { LanguageOptions } from "@/components/ui/language-options";
import type { GroupOption } from "@/lib/admin/groups/types";
import type { FormState } from "@/lib/forms/state";
import { useAppLocale } from "@/lib/i18n/client";
import { DELEGATIONS, GROUP_ROLES } from "@/lib/vocabulary";

/** What a field shows: its value (typed, after a refusal) and its translated errors. */
export interface FieldSource {
  value: (field: string) => string;
  errors: (field: string) => string[] | undefined;
}

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
  source: { value, errors: errorsFor },
  isAdmin,
  isSelf = false,
}: {
  source: FieldSource;
  /** The administrator box is ticked (as saved, or as sent with a refused attempt). */
  isAdmin: boolean;
  isSelf?: boolean;
}) {
  const t = useTranslations();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label={t("admin.users.fields.name")} errors={errorsFor("name")}>
        <Input
          name="name"
          defaultValue={value("name")}
          required
          autoComplete="off"
          maxLength={200}
        />
      </Field>
      <Field
        label={t("admin.users.fields.email")}
        hint={t("admin.users.hints.email")}
        errors={errorsFor("email")}
      >
        <Input
          name="email"
          type="email"
          defaultValue={value("email")}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
        />
      </Field>
      <Field label={t("admin.users.fields.delegation")} errors={errorsFor("delegation")}>
        <Select name="delegation" defaultValue={value("delegation")} required>
          <option value="">{t("admin.choose")}</option>
          {DELEGATIONS.map((delegation) => (
            <option key={delegation} value={delegation}>
              {t(`delegations.${delegation}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("admin.users.fields.locale")}
        hint={t("admin.users.hints.locale")}
        errors={errorsFor("locale")}
      >
        <Select name="locale" defaultValue={value("locale")} required>
          <option value="">{t("admin.choose")}</option>
          <LanguageOptions />
        </Select>
      </Field>
      <Field
        className="sm:col-span-2"
        label={t("admin.users.fields.position")}
        hint={t("admin.users.hints.position")}
        errors={errorsFor("position")}
      >
        <Input
          name="position"
          defaultValue={value("position")}
          autoComplete="off"
          maxLength={300}
        />
      </Field>
      <CheckField
        id="user-is-admin"
        name="isAdmin"
        defaultChecked={isAdmin}
        label={t("admin.users.fields.isAdmin")}
        hint={isSelf ? t("admin.users.hints.isAdminSelf") : t("admin.users.hints.isAdmin")}
        errors={errorsFor("isAdmin")}
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
                  {GROUP_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`roles.${role}`)}
                    </option>
                  ))}
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
