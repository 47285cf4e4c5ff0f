"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { setIatiOrganisationAction } from "@/lib/admin/settings/form-actions";
import { IATI_ORGANISATION_MAX } from "@/lib/api/rules";

/** The reporting organisation's IATI identifier, which every IATI export carries. */
export function IatiOrganisationForm({ organisation }: { organisation: string | null }) {
  const t = useTranslations("admin.settings.iati");
  const form = useForm(setIatiOrganisationAction);
  return (
    <form action={form.action} noValidate className="space-y-4">
      <FormFeedback state={form.state} saved={t("saved")} fields={["organisation"]} focus />
      <div key={form.key}>
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
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
