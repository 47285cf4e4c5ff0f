"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE } from "@/lib/admin/form-state";
import type { TwoFactorRole } from "@/lib/admin/settings/queries";
import { setTwoFactorRequirementAction } from "@/lib/admin/users/form-actions";
import { FormOutcome } from "./form-parts";

/** One checkbox per role: checked roles must use two-factor sign-in. */
export function TwoFactorRequirementForm({
  roles,
  required,
}: {
  roles: readonly TwoFactorRole[];
  required: TwoFactorRole[];
}) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const [state, action, pending] = useActionState(setTwoFactorRequirementAction, IDLE);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormOutcome state={state} savedText={t("saved")} shownFields={["roles"]} />
      <fieldset
        className="space-y-2"
        key={state.status === "idle" ? "initial" : state.attempt}
        aria-describedby="require-2fa-hint"
      >
        <legend className="text-sm font-medium">{t("settings.twoFactor.legend")}</legend>
        <p id="require-2fa-hint" className="text-sm text-muted">
          {t("settings.twoFactor.hint")}
        </p>
        {roles.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="roles"
              value={role}
              defaultChecked={required.includes(role)}
              className="size-4"
            />
            {tRoles(role)}
          </label>
        ))}
      </fieldset>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
