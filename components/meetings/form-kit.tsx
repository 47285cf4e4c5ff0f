"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useMessage } from "@/components/projects/form-feedback";
import { Alert } from "@/components/ui/alert";
import type { FormAction, MeetingFormState } from "@/lib/meetings/form-state";
import { IDLE_MEETING_FORM } from "@/lib/meetings/form-state";

/**
 * A meeting form's state: translated field errors, the submitted values after a refusal
 * (the fields re-mount with them under `formKey`) and a callback once saved.
 */
export function useMeetingForm(action: FormAction, onSaved?: () => void) {
  const [state, formAction, pending] = useActionState(action, IDLE_MEETING_FORM);
  const message = useMessage();
  const refused = state.status === "error";
  const saved = useRef(onSaved);
  saved.current = onSaved;
  useEffect(() => {
    if (state.status === "success" && state.nonce) saved.current?.();
  }, [state.status, state.nonce]);
  return {
    state,
    formAction,
    pending,
    formKey: state.nonce ?? "initial",
    errors: (field: string) => (refused ? state.fieldErrors?.[field]?.map(message) : undefined),
    /** What the user typed, after a refusal; otherwise the record's value. */
    value: (field: string, initial: string | null | undefined = "") => {
      const submitted = refused ? state.values?.[field] : undefined;
      return typeof submitted === "string" ? submitted : (initial ?? "");
    },
    values: (field: string, initial: readonly string[] = []) => {
      const submitted = refused ? state.values?.[field] : undefined;
      if (submitted === undefined) return refused ? [] : [...initial];
      return typeof submitted === "string" ? [submitted] : submitted;
    },
  };
}

/** The form's outcome in words: refused with a reason, or saved. */
export function FormStatus({ state, saved }: { state: MeetingFormState; saved?: string }) {
  const message = useMessage();
  const t = useTranslations("meetings");
  const kept = useTranslations("forms");
  if (state.status === "success")
    return saved ? (
      <p role="status" className="text-sm text-ok">
        {saved}
      </p>
    ) : null;
  if (state.status !== "error") return null;
  const fieldsOnly = state.code === "validation" && state.message.key === "errors.validation";
  return (
    <Alert tone="error">
      {fieldsOnly ? t("form.fixFields") : message(state.message)}
      {state.code === "conflict" && state.message.key === "meetings.errors.changedMeanwhile" ? (
        <span className="block">{kept("keptEntries")}</span>
      ) : null}
    </Alert>
  );
}

/** The record a form is about: group, meeting, item and the fingerprint it was opened on. */
export function RecordFields({
  groupId,
  meetingId,
  itemId,
  base,
}: {
  groupId: string;
  meetingId?: string;
  itemId?: string;
  base?: string;
}) {
  return (
    <>
      <input type="hidden" name="groupId" value={groupId} />
      {meetingId ? <input type="hidden" name="meetingId" value={meetingId} /> : null}
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
      {base ? <input type="hidden" name="base" value={base} /> : null}
    </>
  );
}
