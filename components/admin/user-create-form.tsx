"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import type { GroupOption } from "@/lib/admin/groups/queries";
import { type CreateUserState, createUserAction } from "@/lib/admin/users/form-actions";
import { FormOutcome, fieldValues, useErrorsFor } from "./form-parts";
import { OneTimePassword } from "./one-time-password";
import { DETAIL_FIELDS, MembershipFields, UserDetailFields } from "./user-fields";

const INITIAL: Record<string, string> = { delegation: "", locale: "" };

/** A new form for every user: "create another" starts from scratch, password gone. */
export function UserCreateForm({ groups }: { groups: GroupOption[] }) {
  const [round, setRound] = useState(0);
  return <CreateRound key={round} groups={groups} onAnother={() => setRound((n) => n + 1)} />;
}

function CreateRound({ groups, onAnother }: { groups: GroupOption[]; onAnother: () => void }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, {
    status: "idle",
  });
  const errorsFor = useErrorsFor(state.status === "error" ? state.fieldErrors : undefined);
  if (state.status === "created") return <Created state={state} onAnother={onAnother} />;
  const value = fieldValues(state, INITIAL);
  const membershipFields = Object.keys(state.status === "error" ? state.fieldErrors : {}).filter(
    (field) => field.startsWith("memberships"),
  );
  const membershipErrors = membershipFields.flatMap((field) => errorsFor(field) ?? []);
  return (
    <form action={action} noValidate className="space-y-5">
      <FormOutcome state={state} shownFields={[...DETAIL_FIELDS, ...membershipFields]} />
      <div key={state.status === "error" ? state.attempt : "initial"} className="space-y-5">
        <section
          aria-labelledby="new-user-details"
          className="space-y-4 rounded-lg border border-line bg-surface p-4 sm:p-5"
        >
          <h2 id="new-user-details" className="text-base font-semibold">
            {t("admin.users.sections.details")}
          </h2>
          <UserDetailFields value={value} errorsFor={errorsFor} />
        </section>
        <section
          aria-labelledby="new-user-groups"
          className="space-y-4 rounded-lg border border-line bg-surface p-4 sm:p-5"
        >
          <h2 id="new-user-groups" className="text-base font-semibold">
            {t("admin.users.sections.memberships")}
          </h2>
          <MembershipFields groups={groups} value={value} errors={membershipErrors} />
        </section>
      </div>
      <p className="text-sm text-muted">{t("admin.users.create.passwordNote")}</p>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Link href="/admin/users" className={buttonClasses("secondary")}>
          {t("admin.cancel")}
        </Link>
        <Button type="submit" disabled={pending}>
          {pending ? t("admin.users.create.creating") : t("admin.users.create.submit")}
        </Button>
      </div>
    </form>
  );
}

function Created({
  state,
  onAnother,
}: {
  state: Extract<CreateUserState, { status: "created" }>;
  onAnother: () => void;
}) {
  const t = useTranslations("admin.users.create");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { user } = state;
  return (
    <section
      aria-labelledby="user-created"
      className="space-y-4 rounded-lg border border-ok/30 bg-surface p-4 sm:p-5"
    >
      <h2
        id="user-created"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold outline-none"
      >
        {t("createdTitle", { name: user.name })}
      </h2>
      <p className="text-sm text-muted">{t("createdBody")}</p>
      <OneTimePassword password={user.initialPassword} email={user.email} />
      <div className="flex flex-col gap-2 sm:flex-row">
        <Link href={`/admin/users/${user.userId}`} className={buttonClasses("primary")}>
          {t("openUser")}
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          {t("another")}
        </Button>
        <Link href="/admin/users" className={buttonClasses("ghost")}>
          {t("backToList")}
        </Link>
      </div>
    </section>
  );
}
