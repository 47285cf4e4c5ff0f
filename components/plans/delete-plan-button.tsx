"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/submit";
import { useForm, useMessage } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import {
  ConfirmDialog,
  ConfirmDialogCancel,
  ConfirmDialogForm,
} from "@/components/ui/confirm-dialog";
import { deletePlanAction } from "@/lib/plans/form-actions";
import type { PlanIds } from "./format";

/** Deleting a draft asks first; the projects themselves are not touched. */
export function DeletePlanButton({ groupId, planId, number }: PlanIds & { number: number }) {
  const t = useTranslations("plans.delete");
  const message = useMessage();
  const form = useForm(deletePlanAction);
  return (
    <ConfirmDialog
      trigger={
        <>
          <Trash2 aria-hidden className="size-4" />
          {t("open")}
        </>
      }
      title={t("confirmTitle", { number })}
      description={t("confirmBody")}
    >
      {form.state.status === "error" ? (
        <Alert tone="error">{message(form.state.message)}</Alert>
      ) : null}
      <ConfirmDialogForm action={form.action} fields={{ groupId, planId }}>
        <ConfirmDialogCancel>{t("cancel")}</ConfirmDialogCancel>
        <SubmitButton variant="danger" pending={form.pending} busy={t("deleting")}>
          {t("confirm")}
        </SubmitButton>
      </ConfirmDialogForm>
    </ConfirmDialog>
  );
}
