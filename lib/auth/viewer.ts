import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Executor } from "@/db/client";
import {
  memberships,
  SETTING_KEYS,
  settings,
  twoFactorCredentials,
  users,
  workingGroups,
} from "@/db/schema";
import { unreadCountOf } from "@/lib/notifications/queries";
import { UUID_PATTERN as UUID } from "@/lib/validation";
import { GROUP_ROLES } from "@/lib/vocabulary";
import { sessionIsValid } from "./session-user";
import type { Viewer, ViewerGroup } from "./types";

// The shapes live in types.ts (components render them); they are also named here, where they
// are loaded.
export type { Viewer, ViewerGroup };

/** Where a user who signed in with a one-time password must go before anything else. */
export const PASSWORD_CHANGE_PATH = "/profile/password";
/** Where a user whose role requires two-factor sign-in goes until they have set it up. */
export const TWO_FACTOR_PATH = "/profile/two-factor";

/** The page a viewer must finish before any other, or null when there is none. */
export function pendingAccountStep(viewer: Viewer): string | null {
  if (viewer.mustChangePassword) return PASSWORD_CHANGE_PATH;
  if (viewer.mustEnrollTwoFactor) return TWO_FACTOR_PATH;
  return null;
}

export interface SessionToken {
  userId: string;
  sessionVersion: number;
  signedInAt: number;
  nowSeconds: number;
  maxAgeSeconds: number;
}

const demoSetting = alias(settings, "demo_setting");
const requireSetting = alias(settings, "require_setting");

/**
 * The groups the user may open, as one JSON array: every group that is not archived for an
 * admin (not a relation, so not a relational query), their own groups for everyone else.
 */
const groupsJson = sql`coalesce((
    select json_agg(json_build_object(
      'id', ${workingGroups.id}, 'slug', ${workingGroups.slug}, 'nameNb', ${workingGroups.nameNb},
      'nameRu', ${workingGroups.nameRu}, 'nameEn', ${workingGroups.nameEn},
      'role', ${memberships.role}) order by ${workingGroups.createdAt}, ${workingGroups.slug})
    from ${workingGroups}
    left join ${memberships}
      on ${memberships.groupId} = ${workingGroups.id} and ${memberships.userId} = ${users.id}
    where ${workingGroups.archivedAt} is null and (${users.isAdmin} or ${memberships.userId} is not null)
  ), '[]'::json)`;

/** An administrator chose a role of theirs (admin, or a role in any of their groups). */
const twoFactorRequired = sql<boolean>`coalesce(
    (${users.isAdmin} and ${requireSetting.value} @> '["admin"]'::jsonb)
      or exists (select 1 from ${memberships}
                 where ${memberships.userId} = ${users.id}
                   and ${requireSetting.value} @> jsonb_build_array(${memberships.role}::text)),
    false)`;

/** The JSON array of groups, checked: what the database built is what the pages rely on. */
const viewerGroups = z.array(
  z.object({
    id: z.string(),
    slug: z.string(),
    nameNb: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
    role: z.enum(GROUP_ROLES).nullable(),
  }),
);

/**
 * The user behind a session token with the groups they may open (every group for an admin),
 * the demo flag and the number on the bell; null when the session is no longer valid. Every signed-in request runs
 * this, so it stays one statement (docs/performance.md: the floor page).
 */
export async function loadViewer(db: Executor, token: SessionToken): Promise<Viewer | null> {
  if (!UUID.test(token.userId)) return null;
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      delegation: users.delegation,
      locale: users.locale,
      isAdmin: users.isAdmin,
      active: users.active,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
      groups: groupsJson,
      demo: sql<boolean>`coalesce(${demoSetting.value} = 'true'::jsonb, false)`,
      twoFactorEnabled: sql<boolean>`${twoFactorCredentials.confirmedAt} is not null`,
      twoFactorRequired,
      unreadNotifications: unreadCountOf(users.id),
    })
    .from(users)
    // One row at most from each: the settings and the credential are looked up by their keys.
    .leftJoin(demoSetting, eq(demoSetting.key, SETTING_KEYS.demo))
    .leftJoin(
      requireSetting,
      and(
        eq(requireSetting.key, SETTING_KEYS.requireTwoFactor),
        sql`jsonb_typeof(${requireSetting.value}) = 'array'`,
      ),
    )
    .leftJoin(twoFactorCredentials, eq(twoFactorCredentials.userId, users.id))
    .where(eq(users.id, token.userId));
  if (!row) return null;
  if (!sessionIsValid(row, token)) return null;
  const groups: ViewerGroup[] = viewerGroups.parse(row.groups);
  return {
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      delegation: row.delegation,
      locale: row.locale,
      isAdmin: row.isAdmin,
    },
    groups,
    demo: row.demo === true,
    mustChangePassword: row.mustChangePassword,
    twoFactorEnabled: row.twoFactorEnabled === true,
    mustEnrollTwoFactor: row.twoFactorRequired === true && row.twoFactorEnabled !== true,
    unreadNotifications: Number(row.unreadNotifications ?? 0),
  };
}
