"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { type FormState, IDLE } from "@/lib/admin/form-state";
import type { GroupOption } from "@/lib/admin/groups/queries";
import { setMembershipsAction, updateUserAction } from "@/lib/admin/users/form-actions";
import { FormOutcome, fieldValues, useErrorsFor } from "./form-parts";
import { DETAIL_FIELDS, MembershipFields, UserDetailFields } from "./user-fields";

function remountKey(state: FormState) {
  return state.status === "idle" ? "initial" : state.attempt;
}

export function UserDetailsForm({
  userId,
  initial,
  isSelf,
}: {
  userId: string;
  initial: Record<string, string>;
  isSelf: boolean;
}) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(updateUserAction, IDLE);
  const errorsFor = useErrorsFor(state.status === "error" ? state.fieldErrors : undefined);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <FormOutcome state={state} savedText={t("saved")} shownFields={DETAIL_FIELDS} />
      <div key={remountKey(state)}>
        <UserDetailFields
          value={fieldValues(state, initial)}
          errorsFor={errorsFor}
          isSelf={isSelf}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
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
  initial: Record<string, string>;
}) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(setMembershipsAction, IDLE);
  const errorsFor = useErrorsFor(state.status === "error" ? state.fieldErrors : undefined);
  const fields = Object.keys(state.status === "error" ? state.fieldErrors : {}).filter((field) =>
    field.startsWith("memberships"),
  );
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <FormOutcome state={state} savedText={t("users.memberships.saved")} shownFields={fields} />
      <div key={remountKey(state)}>
        <MembershipFields
          groups={groups}
          value={fieldValues(state, initial)}
          errors={fields.flatMap((field) => errorsFor(field) ?? [])}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("users.memberships.save")}
        </Button>
      </div>
    </form>
  );
}
