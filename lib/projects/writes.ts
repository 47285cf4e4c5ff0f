import "server-only";
import { and, asc, eq, gt, inArray, ne, type SQL, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import {
  auditEvents,
  cooperationAreas,
  type Milestone,
  memberships,
  milestones,
  type Project,
  projects,
  users,
  workingGroups,
} from "@/db/schema";
import type { TextEditedAt } from "@/db/schema/projects";
import {
  AppError,
  type Conflict,
  type ConflictChange,
  type FieldErrors,
  refuseDuplicate,
} from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { localizedColumns } from "@/lib/i18n/localized";
import type { MilestoneInput, ProjectInput } from "@/lib/projects/input";
import { CONTACT_ROLES, TEXT_FIELDS, type TextValues, textColumn } from "@/lib/projects/rules";
import type { Delegation } from "@/lib/vocabulary";

const fieldError = (field: string, key: string) =>
  new AppError("validation", { fieldErrors: { [field]: [{ key }] } });

/**
 * The project, scoped by id and group, locked for the rest of the transaction so concurrent
 * writers are applied one after another. `lock: false` only reads it (a comment changes
 * nothing of the project, so it waits for no one).
 */
export async function lockProject(
  tx: Transaction,
  groupId: string,
  projectId: string,
  { lock = true }: { lock?: boolean } = {},
) {
  const query = tx
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.groupId, groupId)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found");
  return row;
}

/** Status updates and comments go to open projects only: an archived one is read-only. */
export function assertOpen(project: Pick<Project, "archivedAt">) {
  if (project.archivedAt)
    throw new AppError("validation", { message: { key: "project.update.archived" } });
}

export async function projectMilestones(db: Executor, projectId: string) {
  return db
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.position));
}

export async function groupSlug(db: Executor, groupId: string): Promise<string> {
  const [row] = await db
    .select({ slug: workingGroups.slug })
    .from(workingGroups)
    .where(eq(workingGroups.id, groupId));
  if (!row) throw new AppError("not_found");
  return row.slug;
}

/**
 * Over `users` joined to `memberships`: an active coordinator or delegate of the group, who may
 * be a project's contact or own an action item (an observer may not).
 */
export function activeContactIn(groupId: string): SQL {
  return and(
    eq(memberships.groupId, groupId),
    eq(users.active, true),
    inArray(memberships.role, [...CONTACT_ROLES]),
  ) as SQL;
}

type References = Pick<ProjectInput, "areaId" | "contactNoId" | "contactRuId">;

/**
 * The area must be one of the group's current areas, and each contact a current member of the
 * group from the matching delegation. What the project already has stays acceptable, so an
 * unrelated edit never fails because someone left the group or an area was archived.
 */
export async function checkReferences(
  tx: Transaction,
  groupId: string,
  input: References,
  current: References | null,
) {
  const errors: FieldErrors = {};
  if (input.areaId !== current?.areaId) {
    const [area] = await tx
      .select({ archivedAt: cooperationAreas.archivedAt })
      .from(cooperationAreas)
      .where(and(eq(cooperationAreas.id, input.areaId), eq(cooperationAreas.groupId, groupId)));
    if (!area || area.archivedAt) errors.areaId = [{ key: "projectForm.errors.areaUnknown" }];
  }
  const wanted: [field: "contactNoId" | "contactRuId", side: Delegation][] = [
    ["contactNoId", "NO"],
    ["contactRuId", "RU"],
  ];
  const toCheck = wanted.filter(([field]) => input[field] && input[field] !== current?.[field]);
  if (toCheck.length) {
    const ids = toCheck.map(([field]) => input[field] as string);
    const eligible = await tx
      .select({ id: users.id, delegation: users.delegation })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(and(inArray(users.id, ids), activeContactIn(groupId)));
    for (const [field, side] of toCheck) {
      const ok = eligible.some((u) => u.id === input[field] && u.delegation === side);
      if (!ok) errors[field] = [{ key: `projectForm.errors.${field}` }];
    }
  }
  if (Object.keys(errors).length) throw new AppError("validation", { fieldErrors: errors });
}

/** Codes are compared without case: "2018-07a" and "2018-07A" would confuse people. */
export async function assertCodeFree(
  tx: Transaction,
  groupId: string,
  code: string,
  exceptProjectId: string | null,
) {
  const [taken] = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(
      and(
        eq(projects.groupId, groupId),
        sql`lower(${projects.code}) = lower(${code})`,
        exceptProjectId ? ne(projects.id, exceptProjectId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw fieldError("code", "projectForm.errors.codeTaken");
}

/** Runs a write that may hit the unique code index (two saves racing) and reports it as a field error. */
export async function withUniqueCode<T>(
  tx: Transaction,
  write: (savepoint: Transaction) => Promise<T>,
): Promise<T> {
  return refuseDuplicate(
    () => tx.transaction(write),
    () => fieldError("code", "projectForm.errors.codeTaken"),
  );
}

/** Replaces the project's milestones in order; ids the project already had are kept. */
export async function replaceMilestones(
  tx: Transaction,
  projectId: string,
  items: readonly MilestoneInput[],
  existing: readonly Pick<Milestone, "id">[],
) {
  const known = new Set(existing.map((m) => m.id));
  await tx.delete(milestones).where(eq(milestones.projectId, projectId));
  if (!items.length) return;
  await tx.insert(milestones).values(
    items.map((item, position) => ({
      ...(item.id && known.has(item.id) ? { id: item.id } : {}),
      projectId,
      ...localizedColumns(item, "title"),
      dueOn: item.dueOn,
      doneOn: item.doneOn,
      position,
    })),
  );
}

/** The editable columns of a project from the form's input. */
export function projectColumns(input: ProjectInput) {
  return {
    code: input.code,
    areaId: input.areaId,
    ...localizedColumns(input, "title"),
    ...localizedColumns(input, "summary"),
    plannedStart: input.plannedStart,
    plannedEnd: input.plannedEnd,
    leadOrgNo: input.leadOrgNo,
    leadOrgRu: input.leadOrgRu,
    contactNoId: input.contactNoId,
    contactRuId: input.contactRuId,
    partners: input.partners,
    fundingAmount: input.fundingAmount,
    fundingCurrency: input.fundingCurrency,
    fundingSource: input.fundingSource,
  } satisfies Partial<Project>;
}

type Snapshot = Record<string, unknown> & { version?: number };

/**
 * The project writes after `version`, from the audit log (every project write records the
 * fields it changed, before and after, and the version it produced).
 */
export async function changesSince(
  db: Executor,
  projectId: string,
  version: number,
): Promise<ConflictChange[]> {
  const rows = await db
    .select({
      at: auditEvents.createdAt,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entityType, "project"),
        eq(auditEvents.entityId, projectId),
        gt(sql`(${auditEvents.after}->>'version')::int`, version),
      ),
    )
    .orderBy(asc(auditEvents.createdAt))
    .limit(50);
  return rows.map((row) => {
    const before = (row.before ?? {}) as Snapshot;
    const after = (row.after ?? {}) as Snapshot;
    const fields = Object.keys(after)
      .filter(
        (key) => key !== "version" && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      )
      .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
    return { at: row.at.toISOString(), actorName: row.actorName, action: row.action, fields };
  });
}

/** Refuses a stale write, reporting what changed since the version the form started from. */
export async function staleVersion(
  db: Executor,
  projectId: string,
  startedFrom: number,
  currentVersion: number,
): Promise<never> {
  const conflict: Conflict = {
    current: String(currentVersion),
    changes: await changesSince(db, projectId, startedFrom),
  };
  throw new AppError("conflict", { message: { key: "projects.conflict.message" }, conflict });
}

/** The timestamps after a save: every text that changed is stamped `now`; a cleared one loses its stamp. */
export function stampTextEdits(
  previous: TextEditedAt,
  before: TextValues,
  after: TextValues,
  now: Date,
): TextEditedAt {
  const next: TextEditedAt = { ...previous };
  for (const field of TEXT_FIELDS) {
    for (const lang of LOCALES) {
      const column = textColumn(field, lang);
      const value = after[column] ?? null;
      if ((before[column] ?? null) === value) continue;
      if (value === null) delete next[`${field}.${lang}`];
      else next[`${field}.${lang}`] = now.toISOString();
    }
  }
  return next;
}
