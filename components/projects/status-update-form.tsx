"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { EvidenceField } from "@/components/documents/evidence-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { useIdempotencyKey } from "@/components/forms/use-idempotency-key";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { LanguageOptions } from "@/components/ui/language-options";
import { postStatusUpdateAction } from "@/lib/projects/status-updates/form-actions";
import { NEXT_STEPS_MAX, NOTE_MAX, needsHealth } from "@/lib/projects/status-updates/rules";
import {
  type Locale,
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
  type ProjectHealth,
  type ProjectStatus,
} from "@/lib/vocabulary";

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
  const [noteLocale, setNoteLocale] = useState<string>(locale);
  const [seen, setSeen] = useState(form.key);
  if (seen !== form.key) {
    setSeen(form.key);
    setStatus(form.value("status", current.status));
  }
  const withHealth = needsHealth(status);
  return (
    <form action={form.action} noValidate className="space-y-4">
      <FormFeedback state={form.state} saved={t("project.update.saved")} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="version" value={form.base} />
      {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}
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
              {PROJECT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`status.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
          <div hidden={!withHealth}>
            <Field
              label={t("fields.health")}
              errors={form.errors("health")}
              hint={t("project.update.healthHint")}
            >
              <Select
                name="health"
                defaultValue={form.value("health", current.health)}
                disabled={!withHealth}
                required={withHealth}
                className={touch}
              >
                <option value="">{t("project.update.choose")}</option>
                {PROJECT_HEALTHS.map((value) => (
                  <option key={value} value={value}>
                    {t(`health.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field
            label={t("fields.progress")}
            errors={form.errors("progress")}
            hint={t("project.update.progressHint", { current: current.progress })}
          >
            <Input
              name="progress"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              required
              defaultValue={form.value("progress", String(current.progress))}
              className={touch}
            />
          </Field>
        </div>
        <Field
          label={t("fields.note")}
          errors={form.errors("note")}
          hint={t("project.maxChars", { max: NOTE_MAX })}
        >
          <Textarea name="note" rows={4} defaultValue={form.value("note")} />
        </Field>
        <Field
          label={t("fields.nextSteps")}
          errors={form.errors("nextSteps")}
          hint={t("project.maxChars", { max: NEXT_STEPS_MAX })}
        >
          <Textarea name="nextSteps" rows={3} defaultValue={form.value("nextSteps")} />
        </Field>
        <Field
          className="sm:w-1/3"
          label={t("fields.noteLocale")}
          errors={form.errors("noteLocale")}
        >
          <Select
            name="noteLocale"
            defaultValue={form.value("noteLocale", noteLocale)}
            onChange={(event) => setNoteLocale(event.target.value)}
            className={touch}
          >
            <LanguageOptions />
          </Select>
        </Field>
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
