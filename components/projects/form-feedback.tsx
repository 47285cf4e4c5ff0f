"use client";

import { useTranslations } from "next-intl";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { Alert } from "@/components/ui/alert";
import type { Conflict, MessageRef } from "@/lib/errors";
import type { FormState } from "@/lib/projects/update-form-state";

/** Translates the message references an action answers with. */
export function useMessage() {
  const t = useTranslations();
  return (ref: MessageRef) =>
    t.has(ref.key as never) ? t(ref.key as never, ref.values as never) : t("errors.validation");
}

/** The translated errors of one field, for <Field errors>. */
export function useFieldErrors(state: FormState) {
  const message = useMessage();
  return (field: string) =>
    state.status === "error" ? state.fieldErrors?.[field]?.map(message) : undefined;
}

export function conflictOf(state: FormState): Conflict | null {
  return state.status === "error" && state.conflict?.changes.length ? state.conflict : null;
}

/** The form's outcome: saved, refused with a reason, or what changed in the meantime. */
export function FormFeedback({ state, saved }: { state: FormState; saved?: string }) {
  const message = useMessage();
  if (state.status === "success") return saved ? <Alert tone="success">{saved}</Alert> : null;
  if (state.status !== "error") return null;
  const conflict = conflictOf(state);
  if (conflict) return <ConflictNotice conflict={conflict} />;
  return <Alert tone="error">{message(state.message)}</Alert>;
}
