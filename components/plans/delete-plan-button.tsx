"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useForm, useMessage } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { deletePlanAction } from "@/lib/plans/form-actions";

/** Deleting a draft asks first; the projects themselves are not touched. */
export function DeletePlanButton({
  groupId,
  planId,
  number,
}: {
  groupId: string;
  planId: string;
  number: number;
}) {
  const t = useTranslations("plans.delete");
  const message = useMessage();
  const form = useForm(deletePlanAction);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className={buttonClasses("secondary")}>
        <Trash2 aria-hidden className="size-4" />
        {t("open")}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-ink/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg border border-line bg-surface p-5 shadow-lg">
          <AlertDialog.Title className="text-lg font-semibold">
            {t("confirmTitle", { number })}
          </AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted">
            {t("confirmBody")}
          </AlertDialog.Description>
          {form.state.status === "error" ? (
            <Alert tone="error">{message(form.state.message)}</Alert>
          ) : null}
          <form
            action={form.action}
            className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end"
          >
            <input type="hidden" name="groupId" value={groupId} />
            <input type="hidden" name="planId" value={planId} />
            <AlertDialog.Cancel className={buttonClasses("secondary")}>
              {t("cancel")}
            </AlertDialog.Cancel>
            <Button type="submit" variant="danger" disabled={form.pending}>
              {form.pending ? t("deleting") : t("confirm")}
            </Button>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
