"use client";

import { useTranslations } from "next-intl";
import { EditForm } from "@/components/forms/edit-form";
import { useForm } from "@/components/forms/use-form";
import { Choices } from "@/components/ui/field";
import { setTwoFactorRequirementAction } from "@/lib/admin/settings/form-actions";
import { TWO_FACTOR_ROLES, type TwoFactorRole } from "@/lib/admin/settings/rules";

/** One checkbox per role: checked roles must use two-factor sign-in. */
export function TwoFactorRequirementForm({ required }: { required: TwoFactorRole[] }) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const form = useForm(setTwoFactorRequirementAction);
  return (
    <EditForm
      form={form}
      saved={t("saved")}
      fields={["roles"]}
      submit={t("save")}
      busy={t("saving")}
    >
      <fieldset className="space-y-2" aria-describedby="require-2fa-hint">
        <legend className="text-sm font-medium">{t("settings.twoFactor.legend")}</legend>
        <p id="require-2fa-hint" className="text-sm text-muted">
          {t("settings.twoFactor.hint")}
        </p>
        <Choices
          name="roles"
          values={TWO_FACTOR_ROLES}
          checked={(role) => required.includes(role)}
          label={(role) => tRoles(role)}
          className="flex items-center gap-2 text-sm"
          inputClassName="size-4"
        />
      </fieldset>
    </EditForm>
  );
}
