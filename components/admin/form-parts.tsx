"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/admin/form-state";
import type { FieldErrors, MessageRef } from "@/lib/errors";

/** Translates the message references the server answers with. */
export function useMessage() {
  const t = useTranslations();
  return (ref: MessageRef) =>
    t.has(ref.key as never) ? t(ref.key as never, ref.values as never) : t("errors.validation");
}

export type ErrorsFor = (field: string) => string[] | undefined;

export function useErrorsFor(fieldErrors: FieldErrors | undefined): ErrorsFor {
  const message = useMessage();
  return (field) => fieldErrors?.[field]?.map(message);
}

/** The value to show in a field: what was submitted after a refusal, otherwise the saved one. */
export function fieldValues(state: FormState, initial: Record<string, string>) {
  return (field: string) =>
    state.status === "error" ? (state.values[field] ?? "") : (initial[field] ?? "");
}

/**
 * The outcome of a form: refused (focused, so keyboard and screen-reader users start from the
 * problem) or saved. Errors about fields the form does not show appear here too.
 */
export function FormOutcome({
  state,
  savedText,
  shownFields,
}: {
  state: FormState;
  savedText?: string;
  shownFields: readonly string[];
}) {
  const message = useMessage();
  const box = useRef<HTMLDivElement>(null);
  const attempt = state.status === "idle" ? null : state.attempt;
  useEffect(() => {
    if (attempt) box.current?.focus();
  }, [attempt]);
  let content: ReactNode = null;
  if (state.status === "error") {
    const others = Object.entries(state.fieldErrors)
      .filter(([field]) => !shownFields.includes(field))
      .flatMap(([, refs]) => refs.map(message));
    content = (
      <Alert tone="error" title={message(state.message)}>
        {others.length ? (
          <ul className="list-disc pl-5">
            {[...new Set(others)].map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        ) : null}
      </Alert>
    );
  } else if (state.status === "saved" && savedText) {
    content = <Alert tone="success">{savedText}</Alert>;
  }
  return (
    <div ref={box} tabIndex={-1} className="outline-none empty:hidden">
      {content}
    </div>
  );
}
