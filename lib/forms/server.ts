import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionState, GuardedAction } from "@/lib/actions/guard";
import { formDataToObject, runAction } from "@/lib/actions/run";
import type { FormAction, FormState, FormValues } from "./state";

/** A path to refresh after a write: a route pattern ("/g/[group]/my") or a concrete path. */
export type Revalidation = string | { path: string; type: "page" | "layout" };

export interface FormActionOptions<T, R> {
  /** Reshapes the submitted fields before the action's schema sees them. */
  input?: (fields: Record<string, unknown>, formData: FormData) => unknown;
  /** Refreshed after a success, and after a conflict (the page then shows what changed). */
  revalidate?: readonly Revalidation[] | ((data: T) => readonly Revalidation[]);
  /** Runs after a success, before the answer: cookies, signing in again. May redirect. */
  onSuccess?: (data: T, fields: Record<string, unknown>) => Promise<void> | void;
  /** Where the browser goes after a success. */
  redirect?: (data: T) => string;
  /** What the browser gets back after a success (default: the action's result). */
  reply?: (data: T) => R;
  /**
   * Fields sent back after a refusal although their names look secret: a project's `code` is
   * its public identifier, not a one-time code.
   */
  shown?: readonly string[];
}

/** Field names never sent back to the browser, whatever the form. */
const SECRET = /password|secret|^code$|recovery/i;

/** The submitted text fields, for refilling a refused form; files and secrets are dropped. */
export function typedValues(
  fields: Record<string, unknown>,
  shown: readonly string[] = [],
): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(fields)) {
    if (SECRET.test(name) && !shown.includes(name)) continue;
    if (typeof value === "string") values[name] = value;
    else if (Array.isArray(value)) values[name] = value.filter((v) => typeof v === "string");
  }
  return values;
}

function refresh(targets: readonly Revalidation[]) {
  for (const target of targets) {
    if (typeof target === "string")
      revalidatePath(target, target.includes("[") ? "page" : undefined);
    else revalidatePath(target.path, target.type);
  }
}

/** A guarded action's result as the form's answer. */
export function toFormState<T, R = T>(
  result: ActionState<T>,
  fields: Record<string, unknown>,
  reply: (data: T) => R = (data) => data as unknown as R,
  shown: readonly string[] = [],
): FormState<R> {
  const attempt = randomUUID();
  if (result.status === "success") return { status: "success", data: reply(result.data), attempt };
  return {
    status: "error",
    code: result.code,
    message: result.message,
    fieldErrors: result.fieldErrors ?? {},
    values: typedValues(fields, shown),
    ...(result.conflict ? { conflict: result.conflict } : {}),
    attempt,
  };
}

/**
 * Turns a guarded action into a form's server action: the submitted fields go through the one
 * mutation path (parse, permission, transaction, audit), the pages named are refreshed, and the
 * form gets one answer shape — or the browser is sent on after a success.
 */
export function formAction<S extends z.ZodType, T, R = T>(
  action: GuardedAction<S, T>,
  options: FormActionOptions<T, R> = {},
): FormAction<R> {
  return async (_previous, formData) => {
    const fields = formDataToObject(formData);
    const result = await runAction(
      action,
      options.input ? options.input(fields, formData) : fields,
    );
    const refreshes =
      result.status === "success" || (result.status === "error" && result.code === "conflict");
    if (refreshes && options.revalidate) {
      const targets =
        typeof options.revalidate === "function"
          ? result.status === "success"
            ? options.revalidate(result.data)
            : []
          : options.revalidate;
      refresh(targets);
    }
    if (result.status === "success") {
      await options.onSuccess?.(result.data, fields);
      // Outside any try/catch: redirect() works by throwing.
      if (options.redirect) redirect(options.redirect(result.data));
    }
    return toFormState(result, fields, options.reply, options.shown);
  };
}
