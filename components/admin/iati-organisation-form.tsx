"use client";

import { useTranslations } from "next-intl";
import { EditForm } from "@/components/forms/edit-form";
import { useForm } from "@/components/forms/use-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { setIatiOrganisationAction } from "@/lib/admin/settings/form-actions";
import { IATI_ORGANISATION_MAX } from "@/lib/api/rules";

/** The reporting organisation's IATI identifier, which every IATI export carries. */
export function IatiOrganisationForm({ organisation }: { organisation: string | null }) {
  const t = useTranslations("admin.settings.iati");
  const form = useForm(setIatiOrganisationAction);
  return (
    <EditForm
      form={form}
      saved={t("saved")}
      fields={["organisation"]}
      submit={t("save")}
      busy={t("saving")}
    >
      <Field label={t("label")} hint={t("hint")} errors={form.errors("organisation")}>
        <Input
          name="organisation"
          defaultValue={form.value("organisation", organisation ?? "")}
          maxLength={IATI_ORGANISATION_MAX}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
        />
      </Field>
    </EditForm>
  );
}
