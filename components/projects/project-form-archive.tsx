"use client";

import { Archive, ArchiveRestore } from "lucide-react";
import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { archiveProjectAction, restoreProjectAction } from "@/lib/projects/form-actions";
import type { ArchiveState } from "@/lib/projects/rules";
import { useMessageRef } from "./project-form-parts";

const IDLE: ArchiveState = {};

/** Archiving asks for confirmation in a dialog; nothing is deleted, so the wording stays calm. */
export function ArchiveProjectButton({ projectId, code }: { projectId: string; code: string }) {
  const t = useTranslations("projectForm.archive");
  const message = useMessageRef();
  const [state, action, pending] = useActionState(archiveProjectAction, IDLE);
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
          {state.message ? <Alert tone="error">{message(state.message)}</Alert> : null}
          <form action={action} className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <input type="hidden" name="projectId" value={projectId} />
            <AlertDialog.Cancel className={buttonClasses("secondary")}>
              {t("cancel")}
            </AlertDialog.Cancel>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? t("archiving") : t("confirm")}
            </Button>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

export function RestoreProjectButton({ projectId }: { projectId: string }) {
  const t = useTranslations("projectForm.archive");
  const message = useMessageRef();
  const [state, action, pending] = useActionState(restoreProjectAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="projectId" value={projectId} />
      {state.message ? <Alert tone="error">{message(state.message)}</Alert> : null}
      <Button type="submit" disabled={pending}>
        <ArchiveRestore aria-hidden className="size-4" />
        {pending ? t("restoring") : t("restore")}
      </Button>
    </form>
  );
}
