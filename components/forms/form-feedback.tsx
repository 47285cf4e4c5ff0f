"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/forms/state";
import { ConflictNotice } from "./conflict-notice";
import { useMessage } from "./use-form";

/**
 * The form's outcome in words, announced: saved (when there is something to say), refused with
 * the reason, or — for a stale write — what changed meanwhile and that the entries were kept.
 */
export function FormFeedback<T>({ state, saved }: { state: FormState<T>; saved?: string }) {
  const message = useMessage();
  const t = useTranslations("forms");
  if (state.status === "success") return saved ? <Alert tone="success">{saved}</Alert> : null;
  if (state.status !== "error") return null;
  if (state.conflict?.changes.length) return <ConflictNotice conflict={state.conflict} />;
  return (
    <Alert tone="error">
      {message(state.message)}
      {state.conflict ? <span className="block">{t("keptEntries")}</span> : null}
    </Alert>
  );
}
