import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { SETTING_KEYS } from "@/db/schema";
import { UUID_PATTERN as UUID } from "@/lib/validation";
import type { Delegation, GroupRole, Locale } from "@/lib/vocabulary";
import { type SessionUser, sessionIsValid } from "./session-user";

export interface ViewerGroup {
  id: string;
  slug: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  /** The viewer's role; null for an admin who is not a member. */
  role: GroupRole | null;
}

/** Everything every signed-in page needs about its reader, from one query. */
export interface Viewer {
  user: SessionUser;
  groups: ViewerGroup[];
  demo: boolean;
  /** Signed in with a one-time password: every page sends them to the password change first. */
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  /** A role of theirs must use two-factor sign-in and they have not set it up: every page sends them there. */
  mustEnrollTwoFactor: boolean;
}

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

interface Row extends Record<string, unknown> {
  id: string;
  email: string;
  name: string;
  delegation: Delegation;
  locale: Locale;
  is_admin: boolean;
  active: boolean;
  session_version: number;
  must_change_password: boolean;
  two_factor_enabled: boolean;
  two_factor_required: boolean;
  groups: ViewerGroup[];
  demo: boolean;
}

export interface SessionToken {
  userId: string;
  sessionVersion: number;
  signedInAt: number;
  nowSeconds: number;
  maxAgeSeconds: number;
}

/**
 * The user behind a session token with the groups they may open (every group for an admin)
 * and the demo flag; null when the session is no longer valid.
 */
export async function loadViewer(db: Executor, token: SessionToken): Promise<Viewer | null> {
  if (!UUID.test(token.userId)) return null;
  const [row] = await queryRows<Row>(
    db,
    sql`select u.id, u.email, u.name, u.delegation, u.locale, u.is_admin, u.active, u.session_version,
          u.must_change_password,
          coalesce((
            select json_agg(json_build_object(
              'id', g.id, 'slug', g.slug, 'nameNb', g.name_nb, 'nameRu', g.name_ru, 'nameEn', g.name_en,
              'role', m.role) order by g.created_at, g.slug)
            from working_groups g
            left join memberships m on m.group_id = g.id and m.user_id = u.id
            where g.archived_at is null and (u.is_admin or m.user_id is not null)
          ), '[]'::json) as groups,
          coalesce((select s.value = 'true'::jsonb from settings s where s.key = ${SETTING_KEYS.demo}), false) as demo,
          exists (select 1 from two_factor_credentials tf
                  where tf.user_id = u.id and tf.confirmed_at is not null) as two_factor_enabled,
          coalesce((
            select (u.is_admin and s.value @> '["admin"]'::jsonb)
              or exists (select 1 from memberships m2
                         where m2.user_id = u.id and s.value @> jsonb_build_array(m2.role::text))
            from settings s where s.key = ${SETTING_KEYS.requireTwoFactor} and jsonb_typeof(s.value) = 'array'
          ), false) as two_factor_required
        from users u where u.id = ${token.userId}`,
  );
  if (!row) return null;
  const valid = sessionIsValid(
    { active: row.active, sessionVersion: row.session_version },
    {
      sessionVersion: token.sessionVersion,
      signedInAt: token.signedInAt,
      nowSeconds: token.nowSeconds,
      maxAgeSeconds: token.maxAgeSeconds,
    },
  );
  if (!valid) return null;
  return {
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      delegation: row.delegation,
      locale: row.locale,
      isAdmin: row.is_admin,
    },
    groups: row.groups,
    demo: row.demo === true,
    mustChangePassword: row.must_change_password === true,
    twoFactorEnabled: row.two_factor_enabled === true,
    mustEnrollTwoFactor: row.two_factor_required === true && row.two_factor_enabled !== true,
  };
}
