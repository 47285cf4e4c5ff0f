"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Field } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import { LanguageOptions } from "@/components/ui/language-options";
import { addCommentAction } from "@/lib/projects/comments/form-actions";
import { COMMENT_MAX } from "@/lib/projects/status-updates/rules";
import type { Locale } from "@/lib/vocabulary";

export function CommentForm({ projectId, locale }: { projectId: string; locale: Locale }) {
  const t = useTranslations();
  const form = useForm(addCommentAction);
  // A posted comment leaves an empty box, in the language just used.
  const [chosen, setChosen] = useState<string>(locale);
  return (
    <form action={form.action} noValidate className="space-y-3">
      <FormFeedback state={form.state} saved={t("project.comment.saved")} />
      <input type="hidden" name="projectId" value={projectId} />
      <div key={form.key} className="space-y-3">
        <Field
          label={t("project.comment.body")}
          errors={form.errors("body")}
          hint={t("project.maxChars", { max: COMMENT_MAX })}
        >
          <Textarea name="body" rows={3} required defaultValue={form.value("body")} />
        </Field>
        <Field
          className="sm:w-1/3"
          label={t("project.comment.locale")}
          errors={form.errors("locale")}
        >
          <Select
            name="locale"
            defaultValue={form.value("locale", chosen)}
            onChange={(event) => setChosen(event.target.value)}
            className="min-h-11"
          >
            <LanguageOptions />
          </Select>
        </Field>
      </div>
      <SubmitButton
        pending={form.pending}
        busy={t("project.comment.saving")}
        variant="secondary"
        className="h-11 w-full sm:w-auto"
      >
        {t("project.comment.save")}
      </SubmitButton>
    </form>
  );
}
