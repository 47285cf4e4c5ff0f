"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton, SubmitRow } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Button, buttonClasses } from "@/components/ui/button";
import { TitledSection } from "@/components/ui/card";
import type { GroupOption } from "@/lib/admin/groups/types";
import { createUserAction } from "@/lib/admin/users/form-actions";
import type { CreatedUser } from "@/lib/admin/users/types";
import { OneTimePassword } from "./one-time-password";
import {
  DETAIL_FIELDS,
  MembershipFields,
  membershipErrorFields,
  UserDetailFields,
} from "./user-fields";

/**
 * A new form for every user: "create another" starts from scratch, password gone. `invites`:
 * mail is on, so the new user gets an invitation instead of a one-time password.
 */
export function UserCreateForm({ groups, invites }: { groups: GroupOption[]; invites: boolean }) {
  const [round, setRound] = useState(0);
  return (
    <CreateRound
      key={round}
      groups={groups}
      invites={invites}
      onAnother={() => setRound((n) => n + 1)}
    />
  );
}

function CreateRound({
  groups,
  invites,
  onAnother,
}: {
  groups: GroupOption[];
  invites: boolean;
  onAnother: () => void;
}) {
  const t = useTranslations();
  const form = useForm(createUserAction);
  if (form.state.status === "success")
    return <Created user={form.state.data} onAnother={onAnother} />;
  const membershipFields = membershipErrorFields(form.state);
  const membershipErrors = membershipFields.flatMap((field) => form.errors(field) ?? []);
  const source = { value: (field: string) => form.value(field), errors: form.errors };
  return (
    <form action={form.action} noValidate className="space-y-5">
      <FormFeedback state={form.state} fields={[...DETAIL_FIELDS, ...membershipFields]} focus />
      <div key={form.key} className="space-y-5">
        <TitledSection
          id="new-user-details"
          title={t("admin.users.sections.details")}
          className="space-y-4 rounded-lg border border-line bg-surface p-4 sm:p-5"
        >
          <UserDetailFields source={source} isAdmin={form.values("isAdmin").includes("on")} />
        </TitledSection>
        <TitledSection
          id="new-user-groups"
          title={t("admin.users.sections.memberships")}
          className="space-y-4 rounded-lg border border-line bg-surface p-4 sm:p-5"
        >
          <MembershipFields groups={groups} value={source.value} errors={membershipErrors} />
        </TitledSection>
      </div>
      <p className="text-sm text-muted">
        {t(invites ? "admin.users.create.inviteNote" : "admin.users.create.passwordNote")}
      </p>
      <SubmitRow
        cancel={
          <Link href="/admin/users" className={buttonClasses("secondary")}>
            {t("admin.cancel")}
          </Link>
        }
      >
        <SubmitButton pending={form.pending} busy={t("admin.users.create.creating")}>
          {t("admin.users.create.submit")}
        </SubmitButton>
      </SubmitRow>
    </form>
  );
}

function Created({ user, onAnother }: { user: CreatedUser; onAnother: () => void }) {
  const t = useTranslations("admin.users.create");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
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
      {user.initialPassword === null ? (
        <p className="text-sm text-muted">{t("invitedBody", { email: user.email })}</p>
      ) : (
        <>
          <p className="text-sm text-muted">{t("createdBody")}</p>
          <OneTimePassword password={user.initialPassword} email={user.email} />
        </>
      )}
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
