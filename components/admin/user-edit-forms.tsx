"use client";

import { useTranslations } from "next-intl";
import { EditForm } from "@/components/forms/edit-form";
import { useForm } from "@/components/forms/use-form";
import type { GroupOption } from "@/lib/admin/groups/types";
import { setMembershipsAction, updateUserAction } from "@/lib/admin/users/form-actions";
import type { UserDetails } from "@/lib/admin/users/types";
import {
  DETAIL_FIELDS,
  MembershipFields,
  membershipErrorFields,
  UserDetailFields,
} from "./user-fields";

export function UserDetailsForm({
  userId,
  initial,
  isSelf,
}: {
  userId: string;
  initial: UserDetails;
  isSelf: boolean;
}) {
  const t = useTranslations("admin");
  const form = useForm(updateUserAction);
  const saved = (field: string) => {
    const value = initial[field as keyof UserDetails];
    return typeof value === "string" ? value : "";
  };
  const source = { value: (field: string) => form.value(field, saved(field)), errors: form.errors };
  return (
    <EditForm
      form={form}
      hidden={{ userId }}
      saved={t("saved")}
      fields={DETAIL_FIELDS}
      submit={t("save")}
      busy={t("saving")}
    >
      <UserDetailFields
        source={source}
        isAdmin={form.values("isAdmin", initial.isAdmin ? ["on"] : []).includes("on")}
        isSelf={isSelf}
      />
    </EditForm>
  );
}

export function MembershipForm({
  userId,
  groups,
  initial,
}: {
  userId: string;
  groups: GroupOption[];
  /** The saved role per group, by the select's name (`role:<groupId>`). */
  initial: Record<string, string>;
}) {
  const t = useTranslations("admin");
  const form = useForm(setMembershipsAction);
  const fields = membershipErrorFields(form.state);
  return (
    <EditForm
      form={form}
      hidden={{ userId }}
      saved={t("users.memberships.saved")}
      fields={fields}
      submit={t("users.memberships.save")}
      busy={t("saving")}
    >
      <MembershipFields
        groups={groups}
        value={(field) => form.value(field, initial[field])}
        errors={fields.flatMap((field) => form.errors(field) ?? [])}
      />
    </EditForm>
  );
}
