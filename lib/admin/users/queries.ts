import { UUID_PATTERN as UUID } from "@/lib/validation";
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { searchTerms } from "@/lib/projects/list/conditions";
import type { Delegation, GroupRole, Locale } from "@/lib/vocabulary";

export const USERS_PAGE_SIZE = 50;
export const USER_STATUSES = ["all", "active", "deactivated"] as const;
export type UserStatusFilter = (typeof USER_STATUSES)[number];

export interface UserFilters {
  q: string;
  status: UserStatusFilter;
  page: number;
}

export interface UserMembership {
  groupId: string;
  slug: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  archived: boolean;
  role: GroupRole;
}

export interface AdminUserRow extends Record<string, unknown> {
  id: string;
  email: string;
  name: string;
  delegation: Delegation;
  locale: Locale;
  position: string | null;
  isAdmin: boolean;
  active: boolean;
  mustChangePassword: boolean;
  /** Two-factor sign-in is on (never the secret or the codes). */
  twoFactor: boolean;
  memberships: UserMembership[];
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseUserFilters(
  params: Record<string, string | string[] | undefined>,
): UserFilters {
  const q = (first(params.q) ?? "").trim().slice(0, 200);
  const rawStatus = first(params.status);
  const status = (USER_STATUSES as readonly string[]).includes(rawStatus ?? "")
    ? (rawStatus as UserStatusFilter)
    : "all";
  const page = Number.parseInt(first(params.page) ?? "1", 10);
  return { q, status, page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1 };
}

export function userFiltersToQuery(filters: Partial<UserFilters>): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.status && filters.status !== "all") params.set("status", filters.status);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(filters: UserFilters): SQL {
  const parts: SQL[] = [sql`true`];
  // Folded on both sides: case-, accent- and script-insensitive ("иванов" finds "Ivanov").
  for (const term of searchTerms(filters.q))
    parts.push(
      sql`workplan_fold(u.name || ' ' || u.email) like '%' || workplan_fold(${escapeLike(term)}) || '%' escape '\\'`,
    );
  if (filters.status === "active") parts.push(sql`u.active`);
  if (filters.status === "deactivated") parts.push(sql`not u.active`);
  return sql.join(parts, sql` and `);
}

const MEMBERSHIPS = sql`coalesce((
    select json_agg(json_build_object('groupId', g.id, 'slug', g.slug, 'nameNb', g.name_nb,
      'nameRu', g.name_ru, 'nameEn', g.name_en, 'archived', g.archived_at is not null,
      'role', m.role) order by g.created_at, g.slug)
    from memberships m join working_groups g on g.id = m.group_id
    where m.user_id = u.id
  ), '[]'::json)`;

const COLUMNS = sql`u.id, u.email, u.name, u.delegation, u.locale, u.position,
  u.is_admin as "isAdmin", u.active, u.must_change_password as "mustChangePassword",
  exists (select 1 from two_factor_credentials tf
          where tf.user_id = u.id and tf.confirmed_at is not null) as "twoFactor",
  ${MEMBERSHIPS} as memberships`;

/** One page of users, by name, with their groups and roles, and the number that match. */
export async function listUsers(
  db: Executor,
  filters: UserFilters,
): Promise<{ rows: AdminUserRow[]; total: number }> {
  const where = conditions(filters);
  const [rows, [count]] = await Promise.all([
    queryRows<AdminUserRow>(
      db,
      sql`select ${COLUMNS} from users u where ${where}
          order by lower(u.name), u.email
          limit ${USERS_PAGE_SIZE} offset ${(filters.page - 1) * USERS_PAGE_SIZE}`,
    ),
    queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from users u where ${where}`,
    ),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function getUserForAdmin(db: Executor, userId: string): Promise<AdminUserRow | null> {
  if (!UUID.test(userId)) return null;
  const [row] = await queryRows<AdminUserRow>(
    db,
    sql`select ${COLUMNS} from users u where u.id = ${userId}`,
  );
  return row ?? null;
}
