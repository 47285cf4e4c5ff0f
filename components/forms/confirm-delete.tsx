"use client";

import { type RefObject, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/field";
import { Icon } from "@/components/ui/icon";
import { cn } from "@/lib/cn";
import type { FormAction } from "@/lib/forms/state";
import { SubmitButton } from "./submit";
import { useForm, useMessage } from "./use-form";

/**
 * The focus of a step that asks first: opening the question moves the focus to its confirming
 * button, going back returns it to the button that opened it.
 */
export function useConfirmFocus(): {
  confirming: boolean;
  setConfirming: (confirming: boolean) => void;
  confirm: RefObject<HTMLButtonElement | null>;
  start: RefObject<HTMLButtonElement | null>;
} {
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (wasConfirming.current) start.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  return { confirming, setConfirming, confirm, start };
}

/**
 * A delete button that asks again in place: the question, the confirming button (which takes the
 * focus) and a way back; a refusal is announced beside them. The form (its action's state, the
 * translation of a refusal) is made only when the question opens: a list of many rows renders a
 * plain button in each.
 */
export function ConfirmDelete<T>({
  action,
  fields,
  describedBy,
  labels,
  onConfirm,
  end = false,
  className,
}: {
  action: FormAction<T>;
  /** Hidden fields the action needs (ids). */
  fields: Record<string, string>;
  /** The id of the element naming what is deleted, so the buttons say what they are for. */
  describedBy?: string;
  labels: { open: string; question: string; confirm: string; busy: string; cancel: string };
  onConfirm?: () => void;
  /** Aligned to the end of its row (beside other controls). */
  end?: boolean;
  className?: string;
}) {
  const { confirming, setConfirming, confirm, start } = useConfirmFocus();
  if (!confirming)
    return (
      <Button
        ref={start}
        variant="ghost"
        size="sm"
        aria-describedby={describedBy}
        onClick={() => setConfirming(true)}
      >
        <Icon name="trash-2" className="size-4" />
        {labels.open}
      </Button>
    );
  return (
    <ConfirmDeleteForm
      action={action}
      fields={fields}
      describedBy={describedBy}
      labels={labels}
      onConfirm={onConfirm}
      end={end}
      className={className}
      confirm={confirm}
      onCancel={() => setConfirming(false)}
    />
  );
}

function ConfirmDeleteForm<T>({
  action,
  fields,
  describedBy,
  labels,
  onConfirm,
  end,
  className,
  confirm,
  onCancel,
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  describedBy?: string;
  labels: { question: string; confirm: string; busy: string; cancel: string };
  onConfirm?: () => void;
  end: boolean;
  className?: string;
  confirm: RefObject<HTMLButtonElement | null>;
  onCancel: () => void;
}) {
  const form = useForm(action);
  const message = useMessage();
  return (
    <form
      action={form.action}
      onSubmit={onConfirm}
      className={cn(
        "flex flex-wrap items-center gap-2 rounded-md bg-bad-soft px-2 py-1.5",
        end && "justify-end",
        className,
      )}
    >
      <HiddenFields values={fields} />
      <span className="text-sm font-medium text-bad">{labels.question}</span>
      <SubmitButton
        pending={form.pending}
        busy={labels.busy}
        ref={confirm}
        variant="danger"
        size="sm"
        aria-describedby={describedBy}
      >
        {labels.confirm}
      </SubmitButton>
      <Button variant="secondary" size="sm" onClick={onCancel}>
        {labels.cancel}
      </Button>
      {form.state.status === "error" ? (
        <p role="alert" className={cn("basis-full text-sm text-bad", end && "text-right")}>
          {message(form.state.message)}
        </p>
      ) : null}
    </form>
  );
}
