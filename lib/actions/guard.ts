import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Database, Transaction } from "@/db/client";
import {
  claimIdempotencyKey,
  keepIdempotentAnswer,
  parseIdempotencyKey,
  requestFingerprint,
} from "@/lib/actions/idempotency";
import { type AuditEntry, writeAudit } from "@/lib/audit/writes";
import { authorize, type ResourceRef } from "@/lib/auth/authorize";
import {
  type GroupAction,
  type InstallationAction,
  isInstallationAction,
} from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import {
  AppError,
  type Conflict,
  ERRORS,
  type ErrorCode,
  type FieldErrors,
  type MessageRef,
} from "@/lib/errors";
import { log, logUnexpected } from "@/lib/log";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";
import { toFieldErrors } from "@/lib/validation";

/** What a guarded action answers: its result, or a refusal from the error catalogue. */
export type ActionState<T = unknown> =
  | {
      status: "success";
      data: T;
      /** The first answer to this idempotency key, given again: nothing was written now. */
      replayed?: true;
    }
  | ActionRefusal;

export interface ActionRefusal {
  status: "error";
  code: ErrorCode;
  message: MessageRef;
  fieldErrors?: FieldErrors;
  /** Why a stale write was refused, and what the form sends next time. */
  conflict?: Conflict;
  /** What the refusal carries for its caller, shape per action (e.g. an import's fresh preview). */
  data?: unknown;
}

export interface ActionContext<I, G extends string | null = string | null> {
  tx: Transaction;
  actor: SessionUser;
  input: I;
  /**
   * The working group the checked resource belongs to: a string for every action on a group's
   * resource (the permission check found it), null for installation-wide and own-account actions.
   */
  groupId: G;
  audit: (
    entry: Omit<AuditEntry, "actorId" | "groupId"> & { groupId?: string | null },
  ) => Promise<void>;
}

/** A resource inside a working group: what every group action names. */
export type GroupResourceRef = Exclude<ResourceRef, { kind: "installation" }>;

interface DefinitionBase<S extends z.ZodType> {
  /** Unique name; the permission-matrix test enumerates every definition by it. */
  name: string;
  schema: S;
  /**
   * Takes an `idempotencyKey` beside its input (a form's hidden field, the API's header): the
   * same key from the same user within 24 hours gets the first answer again and writes nothing
   * (lib/actions/idempotency.ts).
   */
  idempotent?: boolean;
}

/** An action on something inside a working group: its run receives the group's id. */
export interface GroupActionDefinition<S extends z.ZodType, T> extends DefinitionBase<S> {
  permission: GroupAction;
  resource: (input: z.output<S>) => GroupResourceRef;
  run: (context: ActionContext<z.output<S>, string>) => Promise<T>;
}

/** An installation-wide action (administration), or "self": any signed-in user on their own account. */
export interface InstallationActionDefinition<S extends z.ZodType, T> extends DefinitionBase<S> {
  permission: InstallationAction | "self";
  resource?: (input: z.output<S>) => { kind: "installation" };
  run: (context: ActionContext<z.output<S>, null>) => Promise<T>;
}

export type ActionDefinition<S extends z.ZodType, T> =
  | GroupActionDefinition<S, T>
  | InstallationActionDefinition<S, T>;

export interface GuardedAction<S extends z.ZodType, T> {
  definition: ActionDefinition<S, T>;
  /** Load-check-run: parse, authorize against the specific resource, run in a transaction. */
  execute: (db: Database, actor: SessionUser | null, raw: unknown) => Promise<ActionState<T>>;
}

/** The idempotency key sent beside an action's input, if any (undefined when none was sent). */
function idempotencyKeyOf(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const value = (raw as { idempotencyKey?: unknown }).idempotencyKey;
  return value === "" || value === null ? undefined : value;
}

function failure(code: ErrorCode, extra: Partial<ActionRefusal> = {}): ActionRefusal {
  return { status: "error" as const, code, message: { key: ERRORS[code].message }, ...extra };
}

/**
 * Runs the body with the context its kind promises: a group action always gets the group's id
 * (a group resource without one does not exist for the caller: not found).
 */
function runDefinition<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  context: ActionContext<z.output<S>>,
): Promise<T> {
  if (isGroupAction(definition)) {
    const { groupId } = context;
    if (groupId === null) throw new AppError("not_found");
    return definition.run({ ...context, groupId });
  }
  return definition.run({ ...context, groupId: null });
}

function isGroupAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
): definition is GroupActionDefinition<S, T> {
  return definition.permission !== "self" && !isInstallationAction(definition.permission);
}

/** The one path every mutation takes. No server action is written without it. */
export function defineAction<S extends z.ZodType, T>(
  definition: GroupActionDefinition<S, T>,
): GuardedAction<S, T>;
export function defineAction<S extends z.ZodType, T>(
  definition: InstallationActionDefinition<S, T>,
): GuardedAction<S, T>;
export function defineAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
): GuardedAction<S, T> {
  const execute = async (db: Database, actor: SessionUser | null, raw: unknown) => {
    if (!actor) return failure("unauthenticated");
    const sentKey = definition.idempotent ? idempotencyKeyOf(raw) : undefined;
    const key = sentKey === undefined ? null : parseIdempotencyKey(sentKey);
    if (sentKey !== undefined && key === null)
      return failure("validation", {
        fieldErrors: { idempotencyKey: [{ key: "validation.format" }] },
      });
    const parsed = definition.schema.safeParse(raw);
    if (!parsed.success) return failure("validation", { fieldErrors: toFieldErrors(parsed.error) });
    const input = parsed.data;
    try {
      return await db.transaction(async (tx): Promise<ActionState<T>> => {
        let groupId: string | null = null;
        if (definition.permission !== "self") {
          const ref = definition.resource?.(input) ?? { kind: "installation" as const };
          const result = await authorize(tx, actor, definition.permission, ref);
          if (result.decision !== "allow") throw new AppError(result.decision);
          groupId = result.groupId;
        }
        if (key !== null) {
          const fingerprint = requestFingerprint(definition.name, input);
          const claim = await claimIdempotencyKey(tx, actor.id, key, fingerprint);
          if (claim.kind === "replay")
            return { status: "success", data: claim.data as T, replayed: true };
          if (claim.kind === "mismatch")
            throw new AppError("validation", { message: { key: "errors.idempotencyKeyReused" } });
        }
        const audit: ActionContext<typeof input>["audit"] = (entry) =>
          writeAudit(tx, { ...entry, actorId: actor.id, groupId: entry.groupId ?? groupId });
        const data = await runDefinition(definition, { tx, actor, input, groupId, audit });
        if (key !== null) await keepIdempotentAnswer(tx, actor.id, key, data);
        return { status: "success" as const, data };
      });
    } catch (error) {
      if (error instanceof AppError) {
        const { message, fieldErrors, conflict, data } = error.details;
        return {
          ...failure(error.code, {
            ...(message ? { message } : {}),
            ...(fieldErrors ? { fieldErrors } : {}),
            ...(conflict ? { conflict } : {}),
          }),
          ...(data !== undefined ? { data } : {}),
        };
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
