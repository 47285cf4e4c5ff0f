"use client";

import { Archive, ArchiveRestore } from "lucide-react";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import {
  ConfirmDialog,
  ConfirmDialogCancel,
  ConfirmDialogForm,
} from "@/components/ui/confirm-dialog";
import { archiveProjectAction, restoreProjectAction } from "@/lib/projects/form-actions";

/** Archiving asks for confirmation in a dialog; nothing is deleted, so the wording stays calm. */
export function ArchiveProjectButton({ projectId, code }: { projectId: string; code: string }) {
  const t = useTranslations("projectForm.archive");
  // Archived, the browser goes to the project's page; only a refusal comes back here.
  const form = useForm(archiveProjectAction);
  return (
    <ConfirmDialog
      trigger={
        <>
          <Archive aria-hidden className="size-4" />
          {t("open")}
        </>
      }
      title={t("confirmTitle", { code })}
      description={t("confirmBody")}
    >
      <FormFeedback state={form.state} />
      <ConfirmDialogForm action={form.action} fields={{ projectId }}>
        <ConfirmDialogCancel>{t("cancel")}</ConfirmDialogCancel>
        <SubmitButton variant="danger" pending={form.pending} busy={t("archiving")}>
          {t("confirm")}
        </SubmitButton>
      </ConfirmDialogForm>
    </ConfirmDialog>
  );
}

export function RestoreProjectButton({ projectId }: { projectId: string }) {
  const t = useTranslations("projectForm.archive");
  // Restored, the browser goes to the edit form; only a refusal comes back here.
  const form = useForm(restoreProjectAction);
  return (
    <form action={form.action} className="space-y-3">
      <input type="hidden" name="projectId" value={projectId} />
      <FormFeedback state={form.state} />
      <SubmitButton pending={form.pending} busy={t("restoring")} icon={ArchiveRestore}>
        {t("restore")}
      </SubmitButton>
    </form>
  );
}
