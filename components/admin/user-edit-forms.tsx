"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
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
    <form action={form.action} noValidate className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <FormFeedback state={form.state} saved={t("saved")} fields={DETAIL_FIELDS} focus />
      <div key={form.key}>
        <UserDetailFields
          source={source}
          isAdmin={form.values("isAdmin", initial.isAdmin ? ["on"] : []).includes("on")}
          isSelf={isSelf}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
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
    <form action={form.action} noValidate className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <FormFeedback state={form.state} saved={t("users.memberships.saved")} fields={fields} focus />
      <div key={form.key}>
        <MembershipFields
          groups={groups}
          value={(field) => form.value(field, initial[field])}
          errors={fields.flatMap((field) => form.errors(field) ?? [])}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("saving") : t("users.memberships.save")}
        </Button>
      </div>
    </form>
  );
}
