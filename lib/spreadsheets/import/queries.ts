import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { cooperationAreas, memberships, projects, users } from "@/db/schema";
import { listPlaceOptions, placesOfProjects } from "@/lib/places/queries";
import type { PlaceOption } from "@/lib/places/types";
import { activeContactIn } from "@/lib/projects/writes";
import type { Delegation } from "@/lib/vocabulary";

export interface Person {
  id: string;
  name: string;
  email: string;
  delegation: Delegation;
}

export interface AreaFact {
  id: string;
  names: string[];
  archived: boolean;
}

export type ExistingProject = typeof projects.$inferSelect & {
  contactNo: Person | null;
  contactRu: Person | null;
  /** Its places' keys, in order. */
  places: string[];
};

/** What an import checks rows against, loaded in three queries whatever the number of rows. */
export interface GroupFacts {
  areas: AreaFact[];
  /** Who may be named a contact: active coordinators and delegates of the group. */
  people: Person[];
  /** The group's projects whose codes (compared without case) appear in the file. */
  existing: Map<string, ExistingProject>;
  /** Every place, found by any of its names. */
  places: PlaceOption[];
}

const contactNo = alias(users, "contact_no");
const contactRu = alias(users, "contact_ru");

const person = (
  row: { id: string | null; name: string | null; email: string | null },
  side: Delegation,
) =>
  row.id && row.name && row.email
    ? { id: row.id, name: row.name, email: row.email, delegation: side }
    : null;

/**
 * With `lock`, the matched projects stay locked until the transaction ends: what the import
 * compares them with cannot change before it writes.
 */
export async function loadGroupFacts(
  db: Executor,
  groupId: string,
  codes: string[],
  { lock }: { lock: boolean },
): Promise<GroupFacts> {
  const areas = await db
    .select()
    .from(cooperationAreas)
    .where(eq(cooperationAreas.groupId, groupId))
    .orderBy(asc(cooperationAreas.position));
  const people = await db
    .select({ id: users.id, name: users.name, email: users.email, delegation: users.delegation })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(activeContactIn(groupId));
  const lowered = [...new Set(codes.map((c) => c.toLowerCase()))];
  const query = db
    .select({
      project: projects,
      noId: contactNo.id,
      noName: contactNo.name,
      noEmail: contactNo.email,
      ruId: contactRu.id,
      ruName: contactRu.name,
      ruEmail: contactRu.email,
    })
    .from(projects)
    .leftJoin(contactNo, eq(contactNo.id, projects.contactNoId))
    .leftJoin(contactRu, eq(contactRu.id, projects.contactRuId))
    .where(and(eq(projects.groupId, groupId), inArray(sql`lower(${projects.code})`, lowered)))
    .orderBy(asc(projects.id));
  const rows = lowered.length ? await (lock ? query.for("update", { of: projects }) : query) : [];
  const [placesOf, places] = await Promise.all([
    placesOfProjects(
      db,
      rows.map((r) => r.project.id),
    ),
    listPlaceOptions(db),
  ]);
  const existing = new Map<string, ExistingProject>();
  for (const row of rows) {
    existing.set(row.project.code.toLowerCase(), {
      ...row.project,
      contactNo: person({ id: row.noId, name: row.noName, email: row.noEmail }, "NO"),
      contactRu: person({ id: row.ruId, name: row.ruName, email: row.ruEmail }, "RU"),
      places: (placesOf.get(row.project.id) ?? []).map((p) => p.key),
    });
  }
  return {
    areas: areas.map((a) => ({
      id: a.id,
      names: [a.nameNb, a.nameRu, a.nameEn],
      archived: a.archivedAt !== null,
    })),
    people,
    existing,
    places,
  };
}
