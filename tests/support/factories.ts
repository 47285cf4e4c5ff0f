import { randomBytes } from "node:crypto";
import type { Executor } from "@/db/client";
import * as s from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { listPlaceOptions } from "@/lib/places/queries";
import { placeNamed } from "@/lib/places/rules";
import { setProjectPlaces } from "@/lib/places/writes";
import type { Delegation, GroupRole, Locale } from "@/lib/vocabulary";

const unique = () => randomBytes(4).toString("hex");

// A precomputed argon2id hash: tests that do not sign in need not pay for hashing.
const PLACEHOLDER_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$7Lq3oX3aZ3c0bJm6yR0oVg";

export async function createGroup(db: Executor, overrides: Partial<s.NewWorkingGroup> = {}) {
  const slug = overrides.slug ?? `group-${unique()}`;
  const [group] = await db
    .insert(s.workingGroups)
    .values({
      slug,
      nameNb: `Arbeidsgruppe ${slug}`,
      nameRu: `Рабочая группа ${slug}`,
      nameEn: `Working group ${slug}`,
      commissionNb: "Regjeringskommisjonen",
      commissionRu: "Межправительственная комиссия",
      commissionEn: "Intergovernmental commission",
      ...overrides,
    })
    .returning();
  if (!group) throw new Error("group not created");
  return group;
}

export async function createUser(
  db: Executor,
  options: {
    delegation?: Delegation;
    locale?: Locale;
    isAdmin?: boolean;
    passwordHash?: string;
    email?: string;
    active?: boolean;
  } = {},
) {
  const [user] = await db
    .insert(s.users)
    .values({
      email: options.email ?? `user-${unique()}@workplan.test`,
      name: `Test ${unique()}`,
      delegation: options.delegation ?? "NO",
      locale: options.locale ?? "en",
      isAdmin: options.isAdmin ?? false,
      active: options.active ?? true,
      passwordHash: options.passwordHash ?? PLACEHOLDER_HASH,
    })
    .returning();
  if (!user) throw new Error("user not created");
  return user;
}

export async function addMember(db: Executor, groupId: string, userId: string, role: GroupRole) {
  await db.insert(s.memberships).values({ groupId, userId, role });
}

export async function createMember(
  db: Executor,
  groupId: string,
  role: GroupRole,
  options: Parameters<typeof createUser>[1] = {},
) {
  const user = await createUser(db, options);
  await addMember(db, groupId, user.id, role);
  return user;
}

export async function createArea(db: Executor, groupId: string, position = 1) {
  const [area] = await db
    .insert(s.cooperationAreas)
    .values({ groupId, position, nameNb: "Havbruk", nameRu: "Аквакультура", nameEn: "Aquaculture" })
    .returning();
  if (!area) throw new Error("area not created");
  return area;
}

/** A project of the group; `places` names gazetteer places by any of their names ("Мурманск"). */
export async function createProject(
  db: Executor,
  groupId: string,
  areaId: string,
  { places, ...overrides }: Partial<s.NewProject> & { places?: string[] } = {},
) {
  const [project] = await db
    .insert(s.projects)
    .values({
      groupId,
      areaId,
      code: `T-${unique()}`,
      titleNb: "Testprosjekt",
      titleRu: "Тестовый проект",
      titleEn: "Test project",
      status: "planned",
      ...overrides,
    })
    .returning();
  if (!project) throw new Error("project not created");
  if (places?.length) await setPlaces(db, project.id, places);
  return project;
}

/** Sets a project's places by name, as the project form would (search names included). */
export async function setPlaces(db: Executor, projectId: string, names: string[]) {
  const options = await listPlaceOptions(db);
  const keys = names.map((name) => {
    const place = placeNamed(options, name);
    if (!place) throw new Error(`no place named ${name}`);
    return place.key;
  });
  await setProjectPlaces(db, [{ projectId, keys }]);
}

export function asSessionUser(user: s.User): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    delegation: user.delegation,
    locale: user.locale,
    isAdmin: user.isAdmin,
  };
}
