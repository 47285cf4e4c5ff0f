/**
 * The people and the frame of the large data set: working groups, users and memberships,
 * cooperation areas and meetings. Projects and their history are in ./projects.ts.
 */
import type { Delegation, GroupRole, Locale } from "../../../lib/vocabulary";
import { apportion } from "./apportion";
import {
  AREA_THEMES,
  type AreaTheme,
  type City,
  GROUP_NAMES,
  JOB_TITLES,
  MEETING_CITIES,
  NAMES,
  ORGS_NO,
  ORGS_RU,
  type Tri,
} from "./banks";
import { type Rng, stream } from "./rng";
import type { LargeScale } from "./scale";
import { DAY, HOUR, MINUTE, midWeek, utc } from "./time";

export const COORDINATOR_EMAIL = "coordinator.large@workplan.test";
export const GROUP_SLUG_PREFIX = "large-";

export interface UserSpec {
  index: number;
  id: string;
  email: string;
  name: string;
  delegation: Delegation;
  locale: Locale;
  position: string;
  createdAt: number;
}

export interface AreaSpec {
  id: string;
  position: number;
  name: Tri;
  theme: AreaTheme;
}

export interface MeetingSpec {
  id: string;
  number: number;
  startsOn: number;
  endsOn: number;
  city: City;
  state: "planned" | "held";
  closedAt: number | null;
  createdAt: number;
}

export interface GroupSpec {
  index: number;
  id: string;
  slug: string;
  name: Tri;
  createdAt: number;
  projectCount: number;
  areas: AreaSpec[];
  members: { user: UserSpec; role: GroupRole }[];
  coordinators: Record<Delegation, UserSpec[]>;
  /** Members who may be named contact persons (delegates, else coordinators). */
  contacts: Record<Delegation, UserSpec[]>;
  /** Coordinators and delegates: who writes comments. */
  active: UserSpec[];
  meetings: MeetingSpec[];
  held: MeetingSpec[];
  /** Start of the last held meeting: updates after it count as fresh (not stale). */
  freshSince: number;
}

export interface World {
  seed: string;
  asOf: number;
  groups: GroupSpec[];
  users: UserSpec[];
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function makeUsers(seed: string, count: number): UserSpec[] {
  const rng = stream(seed, "users");
  const ids = stream(seed, "ids", "users");
  const width = Math.max(4, String(count - 1).length);
  const users: UserSpec[] = [];
  for (let index = 0; index < count; index++) {
    const createdAt = utc(2015, 9, 1) + index * MINUTE;
    if (index === 0) {
      users.push({
        index,
        id: ids.uuid(),
        email: COORDINATOR_EMAIL,
        name: "Kari Nordvik",
        delegation: "NO",
        locale: "nb",
        position: "Avdelingsdirektør, Nærings- og fiskeridepartementet",
        createdAt,
      });
      continue;
    }
    // Alternating sides keep both delegations the same size.
    const delegation: Delegation = index % 2 === 1 ? "RU" : "NO";
    const locale: Locale =
      delegation === "NO" ? (rng.chance(0.8) ? "nb" : "en") : rng.chance(0.85) ? "ru" : "en";
    const names = NAMES[delegation];
    const female = rng.chance(0.5);
    const first = rng.pick(female ? names.female : names.male);
    const lastBase = rng.pick(names.last);
    const last = delegation === "RU" && female ? `${lastBase}а` : lastBase;
    const [title, titleEn] = rng.pick(JOB_TITLES[delegation]);
    const org = rng.pick(delegation === "NO" ? ORGS_NO : ORGS_RU);
    users.push({
      index,
      id: ids.uuid(),
      email: `user-${pad(index, width)}@large.workplan.test`,
      name: `${first} ${last}`,
      delegation,
      locale,
      position: `${locale === "en" ? titleEn : title}, ${org}`,
      createdAt,
    });
  }
  return users;
}

function makeAreas(seed: string, groupIndex: number, count: number): AreaSpec[] {
  const ids = stream(seed, "ids", "areas", groupIndex);
  const offset = (groupIndex * 5) % AREA_THEMES.length;
  return Array.from({ length: count }, (_, k) => {
    const theme = AREA_THEMES[(offset + k) % AREA_THEMES.length] as AreaTheme;
    const round = Math.floor(k / AREA_THEMES.length);
    const name = (round
      ? theme.name.map((n) => `${n} (${round + 1})`)
      : theme.name) as unknown as Tri;
    return { id: ids.uuid(), position: k + 1, name, theme };
  });
}

function makeMeetings(seed: string, groupIndex: number, count: number, asOf: number) {
  const rng = stream(seed, "meetings", groupIndex);
  const ids = stream(seed, "ids", "meetings", groupIndex);
  const planned = count >= 4 ? rng.int(1, 2) : 1;
  const held = count - planned;
  const first = midWeek(utc(2016, 1, 19) + rng.int(0, 60) * DAY);
  const last = midWeek(asOf - rng.int(35, 75) * DAY);
  const starts: number[] = [];
  for (let k = 0; k < held; k++) {
    if (held === 1 || k === held - 1) {
      starts.push(last);
      continue;
    }
    const interval = (last - first) / (held - 1);
    const jitter = Math.min(20 * DAY, interval / 4);
    const day = midWeek(first + k * interval + rng.float(-jitter, jitter));
    starts.push(Math.max(day, (starts[k - 1] ?? 0) + 14 * DAY));
  }
  starts.push(midWeek(asOf + rng.int(50, 120) * DAY));
  if (planned === 2) starts.push(midWeek(asOf + rng.int(220, 320) * DAY));

  let country: Delegation = rng.chance(0.5) ? "NO" : "RU";
  const meetings: MeetingSpec[] = starts.map((startsOn, k) => {
    // Alternately in Norway and in Russia.
    const city = rng.pick(MEETING_CITIES.filter((c) => c.country === country));
    country = country === "NO" ? "RU" : "NO";
    const endsOn = startsOn + (rng.chance(0.7) ? 1 : rng.chance(0.5) ? 0 : 2) * DAY;
    const isHeld = k < held;
    const lastHeld = k === held - 1;
    const closed = isHeld && (!lastHeld || rng.chance(0.5));
    return {
      id: ids.uuid(),
      number: k + 1,
      startsOn,
      endsOn,
      city,
      state: isHeld ? "held" : "planned",
      closedAt: closed ? endsOn + DAY + 12 * HOUR : null,
      createdAt: startsOn - rng.int(60, 150) * DAY + 10 * HOUR,
    };
  });
  return meetings;
}

/** Groups, users, memberships, areas and meetings, all derived from the seed. */
export function buildWorld(seed: string, scale: LargeScale, asOf: number): World {
  const rng = stream(seed, "world");
  const users = makeUsers(seed, scale.users);
  const groupIds = stream(seed, "ids", "groups");

  // Projects per group: the first has its fixed number, the others vary around the mean.
  const otherWeights = Array.from({ length: scale.groups - 1 }, () => rng.float(0.6, 1.4));
  const otherCounts = apportion(scale.projects - scale.firstGroupProjects, otherWeights, 1);
  const projectCounts = [scale.firstGroupProjects, ...otherCounts];
  const meetingCounts = apportion(
    scale.meetings,
    projectCounts.map(() => 1),
    2,
  );

  const groups: GroupSpec[] = projectCounts.map((projectCount, index) => {
    const baseName = GROUP_NAMES[index % GROUP_NAMES.length] as Tri;
    const round = Math.floor(index / GROUP_NAMES.length);
    const name = (round ? baseName.map((n) => `${n} (${round + 1})`) : baseName) as unknown as Tri;
    const meetings = makeMeetings(seed, index, meetingCounts[index] ?? 2, asOf);
    const held = meetings.filter((m) => m.state === "held");
    return {
      index,
      id: groupIds.uuid(),
      slug: `${GROUP_SLUG_PREFIX}${pad(index + 1, 2)}`,
      name,
      createdAt: utc(2015, 6, 1) + index * DAY,
      projectCount,
      areas: makeAreas(seed, index, scale.areasPerGroup),
      members: [],
      coordinators: { NO: [], RU: [] },
      contacts: { NO: [], RU: [] },
      active: [],
      meetings,
      held,
      freshSince: held[held.length - 1]?.startsOn ?? asOf - 90 * DAY,
    };
  });

  assignMemberships(rng, users, groups);
  return { seed, asOf, groups, users };
}

/**
 * Every user has a primary group (group sizes follow their project counts, at least three
 * per side), a quarter a second and a few a third one. In each group and side the first
 * members are coordinators (about one in thirty), some observers, the rest delegates.
 */
function assignMemberships(rng: Rng, users: UserSpec[], groups: GroupSpec[]) {
  const weights = groups.map((g) => g.projectCount);
  const primary = new Map<number, number>();
  for (const side of ["NO", "RU"] as const) {
    const sideUsers = users.filter((u) => u.delegation === side && u.index !== 0);
    const quotas = apportion(sideUsers.length, weights, 3);
    const slots = rng.shuffled(quotas.flatMap((q, g) => Array.from({ length: q }, () => g)));
    sideUsers.forEach((u, k) => {
      primary.set(u.index, slots[k] ?? 0);
    });
  }

  const firstGroup = groups[0];
  if (!firstGroup) return;
  const byGroupSide = groups.map(() => ({ NO: [] as UserSpec[], RU: [] as UserSpec[] }));
  // coordinator.large leads the first group's Norwegian side.
  byGroupSide[0]?.NO.push(users[0] as UserSpec);
  for (const u of users) {
    if (u.index === 0) continue;
    byGroupSide[primary.get(u.index) ?? 0]?.[u.delegation].push(u);
  }

  for (const group of groups) {
    for (const side of ["NO", "RU"] as const) {
      const list = byGroupSide[group.index]?.[side] ?? [];
      const coordinators = Math.max(1, Math.round(list.length / 30));
      const observers = Math.round(list.length * 0.08);
      list.forEach((user, k) => {
        const role: GroupRole =
          k < coordinators ? "coordinator" : k < coordinators + observers ? "observer" : "delegate";
        group.members.push({ user, role });
      });
    }
  }

  // Second and third groups, as delegates or observers.
  for (const u of users) {
    const own = u.index === 0 ? 0 : (primary.get(u.index) ?? 0);
    const extra = groups.length < 2 ? 0 : rng.chance(0.25) ? (rng.chance(0.24) ? 2 : 1) : 0;
    const others = rng.sample(
      groups.filter((g) => g.index !== own),
      u.index === 0 ? 0 : extra,
    );
    for (const g of others)
      g.members.push({ user: u, role: rng.chance(0.7) ? "delegate" : "observer" });
  }
  const second = groups[1];
  if (second) second.members.push({ user: users[0] as UserSpec, role: "observer" });

  for (const group of groups) {
    for (const { user, role } of group.members) {
      if (role === "coordinator") group.coordinators[user.delegation].push(user);
      if (role === "delegate") group.contacts[user.delegation].push(user);
      if (role !== "observer") group.active.push(user);
    }
    for (const side of ["NO", "RU"] as const) {
      if (!group.contacts[side].length) group.contacts[side] = [...group.coordinators[side]];
      if (!group.coordinators[side].length)
        throw new Error(`group ${group.slug} has no coordinator on the ${side} side`);
    }
  }
}
