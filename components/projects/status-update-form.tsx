"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { Locale, ProjectHealth, ProjectStatus } from "@/db/schema/enums";
import { postStatusUpdateAction } from "@/lib/projects/status-updates/form-actions";
import {
  HEALTH_CHOICES,
  LANGUAGE_CHOICES,
  NEXT_STEPS_MAX,
  NOTE_MAX,
  needsHealth,
  STATUS_CHOICES,
} from "@/lib/projects/status-updates/rules";
import { INITIAL_FORM_STATE } from "@/lib/projects/update-form-state";
import { conflictOf, FormFeedback, useFieldErrors } from "./form-feedback";

interface Props {
  projectId: string;
  version: number;
  current: { status: ProjectStatus; health: ProjectHealth | null; progress: number };
  /** The note's language until the author picks another: their own. */
  locale: Locale;
}

const touch = "min-h-11";

/** Status, health, progress, note and next steps: one short form that works on a phone. */
export function StatusUpdateForm({ projectId, version, current, locale }: Props) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(postStatusUpdateAction, INITIAL_FORM_STATE);
  const errors = useFieldErrors(state);
  const submitted: Partial<Record<string, string>> = state.values ?? {};
  const refused = state.status === "error";
  // A saved update is the project's new state; only its texts start afresh.
  const defaults = {
    status: submitted.status ?? current.status,
    health: submitted.health ?? current.health ?? "",
    progress: submitted.progress ?? String(current.progress),
    note: refused ? (submitted.note ?? "") : "",
    noteLocale: submitted.noteLocale ?? locale,
    nextSteps: refused ? (submitted.nextSteps ?? "") : "",
  };
  const [status, setStatus] = useState<string>(defaults.status);
  // The version the entries start from: fixed when the form opens, moved on only by this
  // form's own answers, so a newer save by someone else is always reported, never overwritten.
  const [baseVersion, setBaseVersion] = useState(version);
  const [seen, setSeen] = useState(state.nonce);
  if (seen !== state.nonce) {
    setSeen(state.nonce);
    setStatus(defaults.status);
    const saved = state.status === "success" ? (state.data as { version: number }).version : null;
    setBaseVersion(saved ?? conflictOf(state)?.currentVersion ?? baseVersion);
  }
  const withHealth = needsHealth(status);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormFeedback state={state} saved={t("project.update.saved")} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="version" value={baseVersion} />
      <div key={state.nonce ?? "initial"} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("fields.status")} errors={errors("status")}>
            {/* Uncontrolled on purpose: React resets a form after its action succeeds, and a
                controlled select has no default option to go back to, so it showed the first
                status ("proposed") while the project stayed in progress. */}
            <Select
              name="status"
              defaultValue={defaults.status}
              onChange={(event) => setStatus(event.target.value)}
              className={touch}
            >
              {STATUS_CHOICES.map((value) => (
                <option key={value} value={value}>
                  {t(`status.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
          <div hidden={!withHealth}>
            <Field
              label={t("fields.health")}
              errors={errors("health")}
              hint={t("project.update.healthHint")}
            >
              <Select
                name="health"
                defaultValue={defaults.health}
                disabled={!withHealth}
                required={withHealth}
                className={touch}
              >
                <option value="">{t("project.update.choose")}</option>
                {HEALTH_CHOICES.map((value) => (
                  <option key={value} value={value}>
                    {t(`health.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field
            label={t("fields.progress")}
            errors={errors("progress")}
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
              defaultValue={defaults.progress}
              className={touch}
            />
          </Field>
        </div>
        <Field
          label={t("fields.note")}
          errors={errors("note")}
          hint={t("project.maxChars", { max: NOTE_MAX })}
        >
          <Textarea name="note" rows={4} defaultValue={defaults.note} />
        </Field>
        <Field
          label={t("fields.nextSteps")}
          errors={errors("nextSteps")}
          hint={t("project.maxChars", { max: NEXT_STEPS_MAX })}
        >
          <Textarea name="nextSteps" rows={3} defaultValue={defaults.nextSteps} />
        </Field>
        <div className="sm:w-1/3">
          <Field label={t("fields.noteLocale")} errors={errors("noteLocale")}>
            <Select name="noteLocale" defaultValue={defaults.noteLocale} className={touch}>
              {LANGUAGE_CHOICES.map((value) => (
                <option key={value} value={value} lang={value}>
                  {t(`languages.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </div>
      <Button type="submit" disabled={pending} className="h-11 w-full sm:w-auto">
        {pending ? t("project.update.saving") : t("project.update.save")}
      </Button>
    </form>
  );
}
