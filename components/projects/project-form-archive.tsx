"use client";

import { Archive, ArchiveRestore } from "lucide-react";
import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button, buttonClasses } from "@/components/ui/button";
import { archiveProjectAction, restoreProjectAction } from "@/lib/projects/form-actions";

/** Archiving asks for confirmation in a dialog; nothing is deleted, so the wording stays calm. */
export function ArchiveProjectButton({ projectId, code }: { projectId: string; code: string }) {
  const t = useTranslations("projectForm.archive");
  // Archived, the browser goes to the project's page; only a refusal comes back here.
  const form = useForm(archiveProjectAction);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className={buttonClasses("secondary")}>
        <Archive aria-hidden className="size-4" />
        {t("open")}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-ink/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg border border-line bg-surface p-5 shadow-lg">
          <AlertDialog.Title className="text-lg font-semibold">
            {t("confirmTitle", { code })}
          </AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted">
            {t("confirmBody")}
          </AlertDialog.Description>
          <FormFeedback state={form.state} />
          <form
            action={form.action}
            className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end"
          >
            <input type="hidden" name="projectId" value={projectId} />
            <AlertDialog.Cancel className={buttonClasses("secondary")}>
              {t("cancel")}
            </AlertDialog.Cancel>
            <Button type="submit" variant="danger" disabled={form.pending}>
              {form.pending ? t("archiving") : t("confirm")}
            </Button>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
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
      <Button type="submit" disabled={form.pending}>
        <ArchiveRestore aria-hidden className="size-4" />
        {form.pending ? t("restoring") : t("restore")}
      </Button>
    </form>
  );
}
