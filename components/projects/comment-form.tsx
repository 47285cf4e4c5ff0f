"use client";

import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { addCommentAction } from "@/lib/projects/comments/form-actions";
import type { Locale } from "@/lib/vocabulary";
import { LanguageField, useLanguageChoice } from "./language-field";
import { COMMENT_TEXT, TextField } from "./text-field";
import { TextForm } from "./text-form";

export function CommentForm({ projectId, locale }: { projectId: string; locale: Locale }) {
  const t = useTranslations();
  const form = useForm(addCommentAction);
  // A posted comment leaves an empty box, in the language just used.
  const language = useLanguageChoice(form, "locale", locale);
  return (
    <TextForm
      form={form}
      saved={t("project.comment.saved")}
      hidden={{ projectId }}
      submit={t("project.comment.save")}
      busy={t("project.comment.saving")}
      buttonClassName="h-11 w-full sm:w-auto"
    >
      <TextField form={form} {...COMMENT_TEXT} label={t("project.comment.body")} required />
      <LanguageField {...language} label={t("project.comment.locale")} />
    </TextForm>
  );
}
