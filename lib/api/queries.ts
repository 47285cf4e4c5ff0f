import "server-only";
import { and, desc, eq, inArray, max, min, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  accessTokens,
  cooperationAreas,
  projects,
  SETTING_KEYS,
  settings,
  statusUpdates,
  users,
  workingGroups,
  workPlanProjects,
} from "@/db/schema";
import { localizedValues } from "@/lib/i18n/localized";
import { listedInPlan } from "@/lib/plans/queries";
import {
  areaNameColumns,
  projectSummaryColumns,
  projectTitleColumns,
} from "@/lib/projects/columns";
import type { IatiActivity } from "./iati";
import type { TokenScope } from "./rules";
import type { AdminTokenRow, TokenRow } from "./types";

const columns = {
  id: accessTokens.id,
  name: accessTokens.name,
  scope: accessTokens.scope,
  prefix: accessTokens.prefix,
  createdAt: accessTokens.createdAt,
  expiresAt: accessTokens.expiresAt,
  lastUsedAt: accessTokens.lastUsedAt,
  lastUsedIp: accessTokens.lastUsedIp,
  revokedAt: accessTokens.revokedAt,
};

interface Row {
  id: string;
  name: string;
  scope: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
}

function toTokenRow(row: Row): TokenRow {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope as TokenScope,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: row.lastUsedIp,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The user's own tokens, newest first (revoked and expired ones too, marked so). */
export async function listOwnTokens(db: Executor, userId: string): Promise<TokenRow[]> {
  const rows = await db
    .select(columns)
    .from(accessTokens)
    .where(eq(accessTokens.userId, userId))
    .orderBy(desc(accessTokens.createdAt), desc(accessTokens.id));
  return rows.map(toTokenRow);
}

const ADMIN_LIST_LIMIT = 500;

/** Every user's tokens, for administrators: newest first, with their owners. */
export async function listAllTokens(db: Executor): Promise<AdminTokenRow[]> {
  const rows = await db
    .select({
      ...columns,
      ownerId: users.id,
      ownerName: users.name,
      ownerEmail: users.email,
      ownerActive: users.active,
    })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .orderBy(desc(accessTokens.createdAt), desc(accessTokens.id))
    .limit(ADMIN_LIST_LIMIT);
  return rows.map(({ ownerId, ownerName, ownerEmail, ownerActive, ...row }) => ({
    ...toTokenRow(row),
    owner: { id: ownerId, name: ownerName, email: ownerEmail, active: ownerActive },
  }));
}

/** The commission a group reports to, in every language; null for no such group. */
export async function groupCommission(db: Executor, groupId: string) {
  const [row] = await db
    .select({
      nb: workingGroups.commissionNb,
      ru: workingGroups.commissionRu,
      en: workingGroups.commissionEn,
    })
    .from(workingGroups)
    .where(eq(workingGroups.id, groupId));
  return row ?? null;
}

/** The installation's IATI organisation identifier, as an administrator set it; null when unset. */
export async function iatiOrganisation(db: Executor): Promise<string | null> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, SETTING_KEYS.iatiOrganisation));
  return typeof row?.value === "string" && row.value.trim() ? row.value : null;
}

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString().slice(0, 10);

/**
 * The plan's projects as IATI activities, in area order then by code, in one statement: the
 * actual start is the first update that reported the project under way (or done), the actual
 * end the update that completed it, while it is completed.
 */
export async function iatiActivities(
  db: Executor,
  groupId: string,
  planId: string,
): Promise<IatiActivity[]> {
  const started = db
    .select({ at: min(statusUpdates.createdAt) })
    .from(statusUpdates)
    .where(
      and(
        eq(statusUpdates.projectId, projects.id),
        inArray(statusUpdates.status, ["in_progress", "completed"]),
      ),
    );
  const completed = db
    .select({ at: max(statusUpdates.createdAt) })
    .from(statusUpdates)
    .where(
      and(
        eq(statusUpdates.projectId, projects.id),
        eq(statusUpdates.status, "completed"),
        sql`${statusUpdates.previousStatus} is distinct from 'completed'`,
      ),
    );
  const activities = db
    .select({
      ...projectTitleColumns,
      ...projectSummaryColumns,
      leadOrgNo: projects.leadOrgNo,
      leadOrgRu: projects.leadOrgRu,
      status: projects.status,
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      updatedAt: projects.updatedAt,
      dacCode: cooperationAreas.dacCode,
      ...areaNameColumns,
      actualStart: sql<string | null>`(${started})`,
      actualEnd: sql<
        string | null
      >`case when ${projects.status} = 'completed' then (${completed}) end`,
    })
    .from(workPlanProjects)
    .$dynamic();
  const rows = await listedInPlan(activities, groupId, planId);
  return rows.map((r) => ({
    code: r.code,
    title: localizedValues(r, "title"),
    summary: localizedValues(r, "summary"),
    leadOrgNo: r.leadOrgNo,
    leadOrgRu: r.leadOrgRu,
    status: r.status,
    plannedStart: r.plannedStart,
    plannedEnd: r.plannedEnd,
    actualStart: iso(r.actualStart),
    actualEnd: iso(r.actualEnd),
    updatedAt: r.updatedAt.toISOString(),
    dacCode: r.dacCode,
    area: localizedValues(r, "area"),
  }));
}
