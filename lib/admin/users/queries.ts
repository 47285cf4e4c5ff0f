import "server-only";
import { and, asc, count, eq, not, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { memberships, twoFactorCredentials, users, workingGroups } from "@/db/schema";
import { searchTerms } from "@/lib/projects/list/conditions";
import { UUID_PATTERN as UUID } from "@/lib/validation";
import { GROUP_ROLES } from "@/lib/vocabulary";
import type { UserFilters } from "./input";
import type { AdminUserRow, UserMembership } from "./types";

export const USERS_PAGE_SIZE = 50;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

function matching(filters: UserFilters): SQL | undefined {
  const parts: SQL[] = [];
  // Folded on both sides: case-, accent- and script-insensitive ("иванов" finds "Ivanov").
  for (const term of searchTerms(filters.q))
    parts.push(
      sql`workplan_fold(${users.name} || ' ' || ${users.email}) like '%' || workplan_fold(${escapeLike(term)}) || '%' escape '\\'`,
    );
  if (filters.status === "active") parts.push(eq(users.active, true));
  if (filters.status === "deactivated") parts.push(not(users.active));
  return and(...parts);
}

/** The user's groups and roles as one JSON array, in the groups' order, in the same statement. */
const membershipsJson = sql`coalesce((
    select json_agg(json_build_object('groupId', ${workingGroups.id}, 'slug', ${workingGroups.slug},
      'nameNb', ${workingGroups.nameNb}, 'nameRu', ${workingGroups.nameRu},
      'nameEn', ${workingGroups.nameEn}, 'archived', ${workingGroups.archivedAt} is not null,
      'role', ${memberships.role}) order by ${workingGroups.createdAt}, ${workingGroups.slug})
    from ${memberships} join ${workingGroups} on ${workingGroups.id} = ${memberships.groupId}
    where ${memberships.userId} = ${users.id}
  ), '[]'::json)`;

/** What the JSON array holds, checked: the pages rely on its shape. */
const membershipList: z.ZodType<UserMembership[]> = z.array(
  z.object({
    groupId: z.string(),
    slug: z.string(),
    nameNb: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
    archived: z.boolean(),
    role: z.enum(GROUP_ROLES),
  }),
);

const COLUMNS = {
  id: users.id,
  email: users.email,
  name: users.name,
  delegation: users.delegation,
  locale: users.locale,
  position: users.position,
  isAdmin: users.isAdmin,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  twoFactor: sql<boolean>`${twoFactorCredentials.confirmedAt} is not null`,
  memberships: membershipsJson,
};

/** The users with their two-factor credential (at most one each, by its primary key). */
const usersWithCredential = (db: Executor) =>
  db
    .select(COLUMNS)
    .from(users)
    .leftJoin(twoFactorCredentials, eq(twoFactorCredentials.userId, users.id));

function toAdminUser({
  memberships,
  ...user
}: { memberships: unknown } & Omit<AdminUserRow, "memberships">): AdminUserRow {
  return { ...user, memberships: membershipList.parse(memberships) };
}

/** One page of users, by name, with their groups and roles, and the number that match. */
export async function listUsers(
  db: Executor,
  filters: UserFilters,
): Promise<{ rows: AdminUserRow[]; total: number }> {
  const where = matching(filters);
  const [rows, [counted]] = await Promise.all([
    usersWithCredential(db)
      .where(where)
      .orderBy(sql`lower(${users.name})`, asc(users.email))
      .limit(USERS_PAGE_SIZE)
      .offset((filters.page - 1) * USERS_PAGE_SIZE),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows: rows.map(toAdminUser), total: counted?.total ?? 0 };
}

export async function getUserForAdmin(db: Executor, userId: string): Promise<AdminUserRow | null> {
  if (!UUID.test(userId)) return null;
  const [row] = await usersWithCredential(db).where(eq(users.id, userId));
  return row ? toAdminUser(row) : null;
}
