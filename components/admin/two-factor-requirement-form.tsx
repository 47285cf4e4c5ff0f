"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { setTwoFactorRequirementAction } from "@/lib/admin/settings/form-actions";
import { TWO_FACTOR_ROLES, type TwoFactorRole } from "@/lib/admin/settings/rules";

/** One checkbox per role: checked roles must use two-factor sign-in. */
export function TwoFactorRequirementForm({ required }: { required: TwoFactorRole[] }) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const form = useForm(setTwoFactorRequirementAction);
  return (
    <form action={form.action} noValidate className="space-y-4">
      <FormFeedback state={form.state} saved={t("saved")} fields={["roles"]} focus />
      <fieldset className="space-y-2" key={form.key} aria-describedby="require-2fa-hint">
        <legend className="text-sm font-medium">{t("settings.twoFactor.legend")}</legend>
        <p id="require-2fa-hint" className="text-sm text-muted">
          {t("settings.twoFactor.hint")}
        </p>
        {TWO_FACTOR_ROLES.map((role) => (
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
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
