"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import type { MessageRef } from "@/lib/errors";
import { type FormAction, type FormState, IDLE_FORM } from "@/lib/forms/state";

/** Translates the message references an action answers with. */
export function useMessage() {
  const t = useTranslations();
  return (ref: MessageRef) =>
    t.has(ref.key as never) ? t(ref.key as never, ref.values as never) : t("errors.validation");
}

export interface UseFormOptions<T> {
  /**
   * The version (or fingerprint) of the record the form was opened on. It is what the form
   * sends as its base, and moves on only with this form's own answers — to the saved version
   * after a success, to the current one after a conflict the user has now seen — so a newer
   * save by someone else is always reported, never silently overwritten.
   */
  base?: string | number;
  /** Called once per successful answer (close an editor, clear a selection). */
  onSuccess?: (data: T) => void;
}

/**
 * One form's state, for every form: the action to put on <form>, whether it is pending, a key
 * that re-mounts the fields after each answer, translated field errors, what the user typed
 * after a refusal, and the base version to send.
 */
export function useForm<T>(action: FormAction<T>, options: UseFormOptions<T> = {}) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM as FormState<T>);
  const message = useMessage();
  const refused = state.status === "error" ? state : null;
  const attempt = state.status === "idle" ? null : state.attempt;

  const opened = options.base === undefined ? "" : String(options.base);
  const [base, setBase] = useState(opened);
  const [seen, setSeen] = useState(attempt);
  if (seen !== attempt) {
    setSeen(attempt);
    if (refused?.conflict) setBase(refused.conflict.current);
    else if (state.status === "success") {
      const saved = (state.data as { version?: unknown } | null)?.version;
      setBase(typeof saved === "number" || typeof saved === "string" ? String(saved) : opened);
    }
  }

  const onSuccess = useRef(options.onSuccess);
  onSuccess.current = options.onSuccess;
  useEffect(() => {
    if (state.status === "success" && attempt) onSuccess.current?.(state.data);
  }, [state, attempt]);

  return {
    state,
    action: formAction,
    pending,
    /** Put on the element around the fields: they re-mount with fresh defaults after each answer. */
    key: attempt ?? "initial",
    base,
    conflict: refused?.conflict ?? null,
    errors: (field: string) => refused?.fieldErrors[field]?.map(message),
    /** What the user typed, after a refusal; otherwise the record's value. */
    value: (field: string, initial: string | null | undefined = ""): string => {
      const typed = refused?.values[field];
      if (typeof typed === "string") return typed;
      if (Array.isArray(typed)) return typed.at(-1) ?? "";
      return initial ?? "";
    },
    /** A multi-value field (checkboxes): what was ticked, after a refusal; otherwise the record's. */
    values: (field: string, initial: readonly string[] = []): string[] => {
      if (!refused) return [...initial];
      const typed = refused.values[field];
      if (typed === undefined) return [];
      return typeof typed === "string" ? [typed] : typed;
    },
  };
}

export type FormHandle<T> = ReturnType<typeof useForm<T>>;
