import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Database, Transaction } from "@/db/client";
import { type AuditEntry, writeAudit } from "@/lib/audit/writes";
import { authorize, type ResourceRef } from "@/lib/auth/authorize";
import type { Action } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, ERRORS, type ErrorCode, type FieldErrors, type MessageRef } from "@/lib/errors";
import { log, logUnexpected } from "@/lib/log";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";
import { toFieldErrors } from "@/lib/validation";

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "success"; data: T }
  | {
      status: "error";
      code: ErrorCode;
      message: MessageRef;
      fieldErrors?: FieldErrors;
      /** Whatever the error carries for the form (e.g. the newer version after a conflict). */
      data?: unknown;
    };

export const IDLE: ActionState<never> = { status: "idle" };

export interface ActionContext<I> {
  tx: Transaction;
  actor: SessionUser;
  input: I;
  /** The working group the checked resource belongs to (null for installation-wide actions). */
  groupId: string | null;
  audit: (
    entry: Omit<AuditEntry, "actorId" | "groupId"> & { groupId?: string | null },
  ) => Promise<void>;
}

export interface ActionDefinition<S extends z.ZodType, T> {
  /** Unique name; the permission-matrix test enumerates every definition by it. */
  name: string;
  schema: S;
  /** The permission needed, or "self" for what any signed-in user may do to their own account. */
  permission: Action | "self";
  resource?: (input: z.output<S>) => ResourceRef;
  run: (context: ActionContext<z.output<S>>) => Promise<T>;
}

export interface GuardedAction<S extends z.ZodType, T> {
  definition: ActionDefinition<S, T>;
  /** Load-check-run: parse, authorize against the specific resource, run in a transaction. */
  execute: (db: Database, actor: SessionUser | null, raw: unknown) => Promise<ActionState<T>>;
}

function failure(code: ErrorCode, extra: Partial<Extract<ActionState, { status: "error" }>> = {}) {
  return { status: "error" as const, code, message: { key: ERRORS[code].message }, ...extra };
}

/** The one path every mutation takes. No server action is written without it. */
export function defineAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
): GuardedAction<S, T> {
  const execute = async (db: Database, actor: SessionUser | null, raw: unknown) => {
    if (!actor) return failure("unauthenticated");
    const parsed = definition.schema.safeParse(raw);
    if (!parsed.success) return failure("validation", { fieldErrors: toFieldErrors(parsed.error) });
    const input = parsed.data;
    try {
      return await db.transaction(async (tx) => {
        let groupId: string | null = null;
        if (definition.permission !== "self") {
          const ref = definition.resource?.(input) ?? { kind: "installation" as const };
          const result = await authorize(tx, actor, definition.permission, ref);
          if (result.decision !== "allow") throw new AppError(result.decision);
          groupId = result.groupId;
        }
        const audit: ActionContext<typeof input>["audit"] = (entry) =>
          writeAudit(tx, { ...entry, actorId: actor.id, groupId: entry.groupId ?? groupId });
        const data = await definition.run({ tx, actor, input, groupId, audit });
        return { status: "success" as const, data };
      });
    } catch (error) {
      if (error instanceof AppError) {
        return failure(error.code, {
          ...(error.details.message ? { message: error.details.message } : {}),
          fieldErrors: error.details.fieldErrors,
          data: error.details.data,
        });
      }
      if (noteDatabaseFailure(error)) {
        log.warn("action refused: database unavailable", { action: definition.name });
        return failure("unavailable");
      }
      // Next's own control flow (redirect, notFound) is not an error.
      unstable_rethrow(error);
      // Anything else is a bug: logged with a reference the user can quote, no internals sent.
      const { correlationId } = logUnexpected("unexpected error in an action", error, {
        action: definition.name,
      });
      return failure("internal", {
        message: { key: ERRORS.internal.message, values: { reference: correlationId } },
      });
    }
  };
  return { definition, execute };
}
