"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import type { Locale } from "@/db/schema/enums";
import { addCommentAction } from "@/lib/projects/status-updates/form-actions";
import { COMMENT_MAX, LANGUAGE_CHOICES } from "@/lib/projects/status-updates/rules";
import { INITIAL_FORM_STATE } from "@/lib/projects/update-form-state";
import { FormFeedback, useFieldErrors } from "./form-feedback";

export function CommentForm({ projectId, locale }: { projectId: string; locale: Locale }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(addCommentAction, INITIAL_FORM_STATE);
  const errors = useFieldErrors(state);
  const submitted: Partial<Record<string, string>> = state.values ?? {};
  // A posted comment leaves an empty box, in the language just used.
  const body = state.status === "error" ? (submitted.body ?? "") : "";
  return (
    <form action={action} noValidate className="space-y-3">
      <FormFeedback state={state} saved={t("project.comment.saved")} />
      <input type="hidden" name="projectId" value={projectId} />
      <div key={state.nonce ?? "initial"} className="space-y-3">
        <Field
          label={t("project.comment.body")}
          errors={errors("body")}
          hint={t("project.maxChars", { max: COMMENT_MAX })}
        >
          <Textarea name="body" rows={3} required defaultValue={body} />
        </Field>
        <div className="sm:w-1/3">
          <Field label={t("project.comment.locale")} errors={errors("locale")}>
            <Select name="locale" defaultValue={submitted.locale ?? locale} className="min-h-11">
              {LANGUAGE_CHOICES.map((value) => (
                <option key={value} value={value} lang={value}>
                  {t(`languages.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </div>
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        className="h-11 w-full sm:w-auto"
      >
        {pending ? t("project.comment.saving") : t("project.comment.save")}
      </Button>
    </form>
  );
}
