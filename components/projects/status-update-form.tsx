"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { EvidenceField } from "@/components/documents/evidence-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { FormField } from "@/components/forms/form-field";
import { useForm } from "@/components/forms/use-form";
import { useIdempotencyKey } from "@/components/forms/use-idempotency-key";
import { Button } from "@/components/ui/button";
import { Field, HiddenFields } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
import { postStatusUpdateAction } from "@/lib/projects/status-updates/form-actions";
import { needsHealth } from "@/lib/projects/status-updates/rules";
import {
  type Locale,
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
  type ProjectHealth,
  type ProjectStatus,
} from "@/lib/vocabulary";
import { LanguageField, useLanguageChoice } from "./language-field";
import { TextField, UPDATE_TEXTS } from "./text-field";

interface Props {
  projectId: string;
  version: number;
  current: { status: ProjectStatus; health: ProjectHealth | null; progress: number };
  /** The note's language until the author picks another: their own. */
  locale: Locale;
  /** Evidence may be attached (photos, documents): where uploads go, and their limit. */
  evidence?: { slug: string; maxMb: number };
}

const touch = "min-h-11";

/** Status, health, progress, note and next steps: one short form that works on a phone. */
export function StatusUpdateForm({ projectId, version, current, locale, evidence }: Props) {
  const t = useTranslations();
  const form = useForm(postStatusUpdateAction, { base: version });
  const [uploading, setUploading] = useState(false);
  // Sending again after a lost answer gives the first answer: never a second update.
  const idempotencyKey = useIdempotencyKey(form.key);
  // After a success the fields re-mount with the project's new state (the page was refreshed
  // with the answer); only the texts start afresh. After a refusal they show what was typed.
  const [status, setStatus] = useState<string>(current.status);
  const noteLocale = useLanguageChoice(form, "noteLocale", locale);
  const [seen, setSeen] = useState(form.key);
  if (seen !== form.key) {
    setSeen(form.key);
    setStatus(form.value("status", current.status));
  }
  const withHealth = needsHealth(status);
  return (
    <form action={form.action} noValidate className="space-y-4">
      <FormFeedback state={form.state} saved={t("project.update.saved")} />
      <HiddenFields
        values={{ projectId, version: form.base, idempotencyKey: idempotencyKey || undefined }}
      />
      <div key={form.key} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("fields.status")} errors={form.errors("status")}>
            {/* Uncontrolled on purpose: React resets a form after its action succeeds, and a
                controlled select has no default option to go back to, so it showed the first
                status ("proposed") while the project stayed in progress. */}
            <Select
              name="status"
              defaultValue={status}
              onChange={(event) => setStatus(event.target.value)}
              className={touch}
            >
              <Options values={PROJECT_STATUSES} label={(value) => t(`status.${value}`)} />
            </Select>
          </Field>
          <div hidden={!withHealth}>
            <FormField
              form={form}
              name="health"
              initial={current.health}
              label={t("fields.health")}
              hint={t("project.update.healthHint")}
            >
              <Select disabled={!withHealth} required={withHealth} className={touch}>
                <option value="">{t("project.update.choose")}</option>
                <Options values={PROJECT_HEALTHS} label={(value) => t(`health.${value}`)} />
              </Select>
            </FormField>
          </div>
          <FormField
            form={form}
            name="progress"
            initial={String(current.progress)}
            label={t("fields.progress")}
            hint={t("project.update.progressHint", { current: current.progress })}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              required
              className={touch}
            />
          </FormField>
        </div>
        {UPDATE_TEXTS.map((text) => (
          <TextField key={text.name} form={form} {...text} label={t(`fields.${text.name}`)} />
        ))}
        <LanguageField {...noteLocale} label={t("fields.noteLocale")} />
      </div>
      {evidence ? (
        <EvidenceField
          slug={evidence.slug}
          projectId={projectId}
          maxMb={evidence.maxMb}
          clearKey={form.state.status === "success" ? form.state.attempt : null}
          onBusy={setUploading}
        />
      ) : null}
      <Button type="submit" disabled={form.pending || uploading} className="h-11 w-full sm:w-auto">
        {form.pending ? t("project.update.saving") : t("project.update.save")}
      </Button>
    </form>
  );
}
