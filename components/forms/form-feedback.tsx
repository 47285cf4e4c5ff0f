"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/forms/state";
import { ConflictNotice } from "./conflict-notice";
import { useMessage } from "./use-form";

interface FeedbackProps<T> {
  state: FormState<T>;
  saved?: string;
  /**
   * The fields the form shows, each with its own errors beside it. Errors of any other field
   * are listed here, so no reason is lost.
   */
  fields?: readonly string[];
  /** Said instead of the refusal's reason when a field the form shows has an error of its own. */
  summary?: string;
  /**
   * Moves the keyboard focus to the outcome after each answer, so keyboard and screen-reader
   * users start from it (forms whose fields re-mount, or that are replaced by the answer).
   */
  focus?: boolean;
}

/**
 * The form's outcome in words, announced: saved (when there is something to say), refused with
 * the reason, or — for a stale write — what changed meanwhile and that the entries were kept.
 */
export function FormFeedback<T>({ focus = false, ...props }: FeedbackProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const attempt = props.state.status === "idle" ? null : props.state.attempt;
  useEffect(() => {
    if (focus && attempt) box.current?.focus();
  }, [focus, attempt]);
  if (!focus) return <Outcome {...props} />;
  return (
    <div ref={box} tabIndex={-1} className="outline-none empty:hidden">
      <Outcome {...props} />
    </div>
  );
}

function Outcome<T>({ state, saved, fields, summary }: Omit<FeedbackProps<T>, "focus">) {
  const message = useMessage();
  const t = useTranslations("forms");
  if (state.status === "success") return saved ? <Alert tone="success">{saved}</Alert> : null;
  if (state.status !== "error") return null;
  if (state.conflict?.changes.length) return <ConflictNotice conflict={state.conflict} />;
  const others = fields
    ? Object.entries(state.fieldErrors)
        .filter(([field]) => !fields.includes(field))
        .flatMap(([, refs]) => refs.map(message))
    : [];
  const onField = fields?.some((field) => state.fieldErrors[field]?.length) ?? false;
  const reason = summary && onField ? summary : message(state.message);
  return (
    <Alert tone="error" title={others.length ? reason : undefined}>
      {others.length ? (
        <ul className="list-disc pl-5">
          {[...new Set(others)].map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : (
        reason
      )}
      {state.conflict ? <span className="block">{t("keptEntries")}</span> : null}
    </Alert>
  );
}
