/**
 * Projects of the large data set and their status history, simulated along a timeline:
 * each project is entered, approved (planned), started, and then completed, cancelled,
 * suspended or still running at the reference date. Updates fall on that timeline
 * (clustered before meetings), so statuses only move forward (with rare suspensions),
 * progress never decreases except for rare setbacks, and health exists only while planned
 * or in progress. The project row is then exactly the last update.
 */
import type {
  Currency,
  Delegation,
  Locale,
  ProjectHealth,
  ProjectStatus,
} from "../../../lib/vocabulary";
import { apportion } from "./apportion";
import {
  FUNDING_SOURCES,
  MILESTONES,
  ORGS_NO,
  ORGS_RU,
  PLACES,
  type Place,
  type Situation,
} from "./banks";
import { type Rng, stream } from "./rng";
import { composeSummary, composeTitle, LANGS, projectVars, type Texts } from "./text";
import {
  clamp,
  DAY,
  firstOfMonth,
  HOUR,
  lastOfMonth,
  MINUTE,
  startOfDay,
  utc,
  yearOf,
} from "./time";
import type { AreaSpec, GroupSpec, UserSpec, World } from "./world";

type Fate = "proposed" | "planned" | "in_progress" | "completed" | "suspended" | "cancelled";

export interface UpdateEvent {
  id: string;
  at: number;
  author: UserSpec;
  status: ProjectStatus;
  health: ProjectHealth | null;
  progress: number;
  previousStatus: ProjectStatus;
  previousHealth: ProjectHealth | null;
  previousProgress: number;
  situation: Situation;
  confirmation: { by: UserSpec; at: number } | null;
}

export interface MilestoneSpec {
  id: string;
  title: Texts;
  dueOn: number;
  doneOn: number | null;
}

export interface ProjectSpec {
  id: string;
  group: GroupSpec;
  /** Position within the group, in order of entry. */
  index: number;
  code: string;
  area: AreaSpec;
  createdAt: number;
  plannedStart: number;
  plannedEnd: number;
  fate: Fate;
  /** No update at all (a fresh proposal). */
  silent: boolean;
  /** When planned, started, finished (or would finish); suspended from; a pause. */
  tPlanned: number;
  tStart: number;
  tFinish: number;
  tSuspend: number;
  pause: [number, number] | null;
  /** First possible and last update. */
  firstAt: number;
  lastAt: number;
  activity: number;
  updateCount: number;
  contactNo: UserSpec | null;
  contactRu: UserSpec | null;
  createdBy: UserSpec;
  /** Who reports: both sides, or mostly one. */
  bias: "both" | Delegation;
  trouble: number;
  gamma: number;
  places: Place[];
  orgs: string[];
  title: Texts;
  summary: Texts;
  textEditedAt: Record<string, string>;
  leadOrgNo: string | null;
  leadOrgRu: string | null;
  partners: string[];
  funding: { amount: string; currency: Currency; source: string } | null;
  milestones: MilestoneSpec[];
  /** Filled by simulate(); dropped once written. */
  history: UpdateEvent[] | null;
  /** The current state: equal to the last update. */
  final: {
    status: ProjectStatus;
    health: ProjectHealth | null;
    progress: number;
    lastUpdateAt: number | null;
    awaiting: Delegation | null;
    version: number;
  };
}

const otherSide = (side: Delegation): Delegation => (side === "NO" ? "RU" : "NO");
const isOpen = (status: ProjectStatus) => status !== "completed" && status !== "cancelled";

function workingTime(rng: Rng, day: number): number {
  return startOfDay(day) + rng.int(6 * 60, 16 * 60) * MINUTE + rng.int(0, 59) * 1000;
}

function logUniform(rng: Rng, min: number, max: number) {
  return Math.exp(rng.float(Math.log(min), Math.log(max)));
}

/** Picks from a list of people, favouring the first ones (some people carry many projects). */
const skewed = (rng: Rng, people: UserSpec[]) =>
  people[rng.skewedIndex(people.length, 1.6)] as UserSpec;

function funding(rng: Rng): ProjectSpec["funding"] {
  if (!rng.chance(0.75)) return null;
  const currency = rng.weighted<Currency>([
    ["NOK", 55],
    ["EUR", 25],
    ["RUB", 20],
  ]);
  const [min, max, step] =
    currency === "NOK"
      ? [150_000, 30_000_000, 1_000]
      : currency === "EUR"
        ? [20_000, 3_000_000, 500]
        : [500_000, 150_000_000, 10_000];
  const amount = Math.round(logUniform(rng, min, max) / step) * step;
  return { amount: amount.toFixed(2), currency, source: rng.pick(FUNDING_SOURCES) };
}

function choosePlaces(rng: Rng): Place[] {
  const no = PLACES.filter((p) => p.side === "NO");
  const ru = PLACES.filter((p) => p.side === "RU");
  const shape = rng.weighted([
    ["pair", 70],
    ["one", 20],
    ["three", 10],
  ] as const);
  if (shape === "one") return [rng.pick(rng.chance(0.5) ? no : ru)];
  const pair = rng.chance(0.5) ? [rng.pick(no), rng.pick(ru)] : [rng.pick(ru), rng.pick(no)];
  if (shape === "pair") return pair;
  const third = rng.pick(PLACES.filter((p) => !pair.includes(p)));
  return [...pair, third];
}

/** Drops some translations (about one project in ten), never every title. */
function dropTranslations(rng: Rng, title: Texts, summary: Texts) {
  if (!rng.chance(0.1)) return;
  const variant = rng.weighted([
    ["enBoth", 35],
    ["enSummary", 25],
    ["ruSummary", 20],
    ["nbBoth", 10],
    ["ruBoth", 10],
  ] as const);
  if (variant === "enBoth") {
    title.en = null;
    summary.en = null;
  } else if (variant === "enSummary") summary.en = null;
  else if (variant === "ruSummary") summary.ru = null;
  else if (variant === "nbBoth") {
    title.nb = null;
    summary.nb = null;
  } else {
    title.ru = null;
    summary.ru = null;
  }
}

function makeMilestones(
  rng: Rng,
  ids: Rng,
  p: Pick<ProjectSpec, "plannedStart" | "plannedEnd" | "createdAt">,
): MilestoneSpec[] {
  const count = rng.weighted([
    [0, 15],
    [1, 15],
    [2, 25],
    [3, 25],
    [4, 20],
  ] as const);
  const picked = rng
    .sample(
      MILESTONES.map((_, i) => i),
      count,
    )
    .sort((a, b) => a - b);
  const span = Math.max(DAY, p.plannedEnd - p.plannedStart);
  return picked.map((bankIndex, k) => {
    const entry = MILESTONES[bankIndex] as readonly [string, string, string];
    const title: Texts = { nb: entry[0], ru: entry[1], en: entry[2] };
    if (rng.chance(0.05)) title.en = null;
    const due = startOfDay(
      p.plannedStart + ((k + 1) / (count + 1)) * span + rng.float(-0.05, 0.05) * span,
    );
    return { id: ids.uuid(), title, dueOn: Math.max(due, startOfDay(p.createdAt)), doneOn: null };
  });
}

/** Draws every project of every group, its timeline and texts (the history comes later). */
export function buildProjects(world: World, totalUpdates: number): ProjectSpec[] {
  const { seed, asOf } = world;
  const all: ProjectSpec[] = [];
  const begin = utc(2016, 1, 4);
  const end = asOf - 20 * DAY;
  for (const group of world.groups) {
    const rng = stream(seed, "projects", group.index);
    const created = Array.from({ length: group.projectCount }, () => {
      // More projects in recent years: the portfolio has grown.
      const x = rng.chance(0.15) ? rng.next() : rng.next() ** 0.4;
      return workingTime(rng, begin + x * (end - begin));
    }).sort((a, b) => a - b);
    const perYear = new Map<number, number>();
    for (const c of created) perYear.set(yearOf(c), (perYear.get(yearOf(c)) ?? 0) + 1);
    const width = Math.max(2, String(Math.max(...perYear.values())).length);
    const seq = new Map<number, number>();
    const ids = stream(seed, "ids", "projects", group.index);
    const milestoneIds = stream(seed, "ids", "milestones", group.index);

    created.forEach((createdAt, index) => {
      const p = stream(seed, "project", group.index, index);
      const year = yearOf(createdAt);
      const number = (seq.get(year) ?? 0) + 1;
      seq.set(year, number);
      const code = `${year}-${String(number).padStart(width, "0")}`;
      const area = p.pick(group.areas);
      const spec = timeline(p, group, createdAt, asOf);

      const places = choosePlaces(p);
      const leadOrgNo = p.chance(0.95) ? p.pick(ORGS_NO) : null;
      const leadOrgRu = p.chance(0.93) ? p.pick(ORGS_RU) : null;
      const orgNo = leadOrgNo ?? p.pick(ORGS_NO);
      const orgRu = leadOrgRu ?? p.pick(ORGS_RU);
      const partners = p.sample(
        [...ORGS_NO, ...ORGS_RU].filter((o) => o !== orgNo && o !== orgRu),
        p.weighted([
          [0, 20],
          [1, 30],
          [2, 25],
          [3, 15],
          [4, 10],
        ] as const),
      );
      const words = {
        topic: p.pick(area.theme.topics),
        places,
        orgNo,
        orgRu,
        partner: partners[0] ?? p.pick([...ORGS_NO, ...ORGS_RU]),
        phase: p.int(1, 3),
        year: yearOf(spec.plannedStart),
      };
      const vars = { nb: {}, ru: {}, en: {} } as Record<Locale, ReturnType<typeof projectVars>>;
      for (const lang of LANGS) vars[lang] = projectVars(lang, words);
      const title: Texts = composeTitle(p, vars);
      const summary: Texts = composeSummary(p, vars);
      dropTranslations(p, title, summary);
      const edited = new Date(createdAt).toISOString();
      const textEditedAt: Record<string, string> = {};
      for (const lang of LANGS) {
        if (title[lang]) textEditedAt[`title.${lang}`] = edited;
        if (summary[lang]) textEditedAt[`summary.${lang}`] = edited;
      }
      // Now and then one language was revised later, which marks the others as possibly outdated.
      if (title.en && p.chance(0.05)) {
        const later = createdAt + p.int(20, 400) * DAY;
        if (later < asOf - DAY) textEditedAt["title.en"] = new Date(later).toISOString();
      }

      const contactNo = p.chance(0.96) ? skewed(p, group.contacts.NO) : null;
      const contactRu = p.chance(0.94) ? skewed(p, group.contacts.RU) : null;
      const bias = p.weighted<ProjectSpec["bias"]>([
        ["both", 62],
        ["NO", 23],
        ["RU", 15],
      ]);
      all.push({
        id: ids.uuid(),
        group,
        index,
        code,
        area,
        createdAt,
        ...spec,
        activity: clamp(Math.exp(p.normal(0, 0.35)), 0.4, 2.5),
        updateCount: 0,
        contactNo,
        contactRu,
        createdBy: p.pick([...group.coordinators.NO, ...group.coordinators.RU]),
        bias,
        trouble: p.chance(0.2) ? p.float(0.02, 0.08) : 0,
        gamma: p.float(0.8, 1.3),
        places,
        orgs: [orgNo, orgRu, ...partners],
        title,
        summary,
        textEditedAt,
        leadOrgNo,
        leadOrgRu,
        partners,
        funding: funding(p),
        milestones: makeMilestones(p, milestoneIds, { ...spec, createdAt }),
        history: null,
        final: {
          status: "proposed",
          health: null,
          progress: 0,
          lastUpdateAt: null,
          awaiting: null,
          version: 1,
        },
      });
    });
  }

  // Updates in proportion to how long each project has been reported on.
  const weights = all.map((p) =>
    p.silent ? 0 : Math.max(1, (p.lastAt - p.firstAt) / DAY) * p.activity,
  );
  const minimums = all.map((p) =>
    p.silent
      ? 0
      : p.fate === "completed" || p.fate === "cancelled" || p.fate === "suspended"
        ? 3
        : 1,
  );
  const counts = apportion(totalUpdates, weights, minimums);
  all.forEach((p, i) => {
    p.updateCount = counts[i] ?? 0;
  });
  return all;
}

/** When the project was planned, started and finished, and when it was last reported on. */
function timeline(rng: Rng, group: GroupSpec, createdAt: number, asOf: number) {
  let plannedStart = firstOfMonth(createdAt + rng.int(20, 240) * DAY);
  const duration =
    rng.weighted([
      [365, 10],
      [730, 25],
      [1095, 30],
      [1460, 20],
      [1825, 15],
    ] as const) + rng.int(-45, 45);
  let plannedEnd = lastOfMonth(plannedStart + duration * DAY);
  let tPlanned = Math.min(
    createdAt + rng.int(7, 120) * DAY,
    Math.max(createdAt + 3 * DAY, plannedStart - 5 * DAY),
  );
  let tStart = Math.max(tPlanned + 2 * DAY, plannedStart + rng.normal(0, 20) * DAY);
  const delay = rng.weighted([
    ["small", 60],
    ["medium", 30],
    ["large", 10],
  ] as const);
  const delayDays =
    delay === "small"
      ? rng.int(-60, 30)
      : delay === "medium"
        ? rng.int(30, 300)
        : rng.int(300, 700);
  const tFinish = plannedEnd + delayDays * DAY;
  const firstAt = createdAt + rng.int(1, 20) * DAY;
  const latest = asOf - DAY;

  let fate: Fate;
  let silent = false;
  if (createdAt > asOf - 150 * DAY && rng.chance(0.35)) {
    fate = "proposed";
    silent = rng.chance(0.6);
  } else if (tFinish < asOf - 10 * DAY) {
    fate = rng.weighted<Fate>([
      ["completed", 78],
      ["cancelled", 8],
      ["suspended", 6],
      ["in_progress", 8],
    ]);
  } else if (tStart > latest) {
    fate = "planned";
  } else {
    fate = rng.weighted<Fate>([
      ["in_progress", 86],
      ["suspended", 6],
      ["cancelled", 4],
      ["planned", 4],
    ]);
  }

  // The last report of a project still open: usually since the last meeting, else older (stale).
  const openLast = () => {
    const fresh = group.freshSince;
    if (rng.chance(0.72) || firstAt > fresh - 2 * DAY)
      return rng.float(Math.max(fresh + HOUR, firstAt + DAY), latest);
    return rng.float(Math.max(firstAt + DAY, fresh - 500 * DAY), fresh - HOUR);
  };

  let tSuspend = Number.POSITIVE_INFINITY;
  let lastAt: number;
  const finished = tFinish < asOf - 10 * DAY;
  switch (fate) {
    case "completed":
      lastAt = Math.min(Math.max(tFinish, tStart + 30 * DAY), asOf - 2 * DAY);
      break;
    case "cancelled":
      lastAt = finished
        ? tStart + rng.float(0.2, 0.9) * (tFinish - tStart)
        : rng.float(Math.min(tStart, latest - DAY), latest);
      break;
    case "suspended":
      tSuspend = startOfDay(
        finished
          ? tStart + rng.float(0.3, 0.8) * (tFinish - tStart)
          : rng.float(Math.min(tStart + DAY, asOf - 21 * DAY), asOf - 20 * DAY),
      );
      lastAt = Math.max(openLast(), tSuspend);
      break;
    case "planned":
      if (tStart <= latest) {
        // The start was postponed: planned again for the coming months.
        tStart = asOf + rng.int(30, 200) * DAY;
        plannedStart = firstOfMonth(tStart);
        plannedEnd = lastOfMonth(plannedStart + duration * DAY);
      }
      lastAt = openLast();
      break;
    case "proposed":
      tPlanned = Number.POSITIVE_INFINITY;
      tStart = Number.POSITIVE_INFINITY;
      lastAt = openLast();
      break;
    default:
      lastAt = openLast();
  }
  lastAt = clamp(lastAt, firstAt + HOUR, latest);
  lastAt = workingTime(rng, lastAt);
  if (lastAt <= firstAt) lastAt = firstAt + HOUR;

  let pause: [number, number] | null = null;
  if ((fate === "in_progress" || fate === "completed") && rng.chance(0.06)) {
    const a = tStart + rng.float(0.2, 0.6) * (lastAt - tStart);
    const b = a + rng.int(60, 240) * DAY;
    if (b < lastAt - 30 * DAY) pause = [a, b];
  }
  return {
    plannedStart,
    plannedEnd,
    fate,
    silent,
    tPlanned,
    tStart,
    tFinish,
    tSuspend,
    pause,
    firstAt,
    lastAt,
  };
}

const HEALTH_RANK: Record<ProjectHealth, number> = { on_track: 0, at_risk: 1, off_track: 2 };

/** The project's status history, and its current state from the last update. */
export function simulate(p: ProjectSpec, seed: string, asOf: number): UpdateEvent[] {
  const rng = stream(seed, "history", p.group.index, p.index);
  const n = p.updateCount;
  if (n === 0) {
    p.final = {
      status: "proposed",
      health: null,
      progress: 0,
      lastUpdateAt: null,
      awaiting: null,
      version: 1,
    };
    return [];
  }
  const times = updateTimes(rng, p, n);
  const fresh = p.group.freshSince;
  const expectedEnd =
    p.fate === "completed" ? p.lastAt : Math.max(p.tFinish, asOf + 90 * DAY, p.tStart + 60 * DAY);
  let freshSide: Delegation = rng.chance(0.5) ? "NO" : "RU";

  const events: UpdateEvent[] = [];
  let status: ProjectStatus = "proposed";
  let health: ProjectHealth | null = null;
  let progress = 0;
  for (let k = 0; k < n; k++) {
    const at = times[k] as number;
    const isLast = k === n - 1;
    const previousStatus = status;
    const previousHealth = health;
    const previousProgress = progress;

    status = statusAt(p, at, isLast);
    if (status === "planned") {
      progress = Math.min(5, progress + (rng.chance(0.15) ? rng.int(0, 3) : 0));
    } else if (status === "in_progress") {
      const f = clamp((at - p.tStart) / Math.max(DAY, expectedEnd - p.tStart), 0, 1);
      const target = Math.round(100 * f ** p.gamma + rng.normal(0, 4));
      progress = Math.max(progress, Math.min(97, target));
      if (previousProgress >= 15 && rng.chance(0.012))
        progress = Math.max(0, previousProgress - rng.int(3, 12));
    } else if (status === "completed") {
      progress = 100;
    }

    health =
      status === "planned" || status === "in_progress"
        ? nextHealth(rng, health, p.trouble + (at > p.plannedEnd ? 0.06 : 0))
        : null;

    // Who reports: the project's contact persons mostly, the group's coordinators otherwise.
    let side: Delegation;
    if (at >= fresh && p.bias === "both") {
      side = freshSide;
      freshSide = otherSide(freshSide);
    } else if (p.bias === "both") side = rng.chance(0.5) ? "NO" : "RU";
    else side = at >= fresh || rng.chance(0.88) ? p.bias : otherSide(p.bias);
    const contact = side === "NO" ? p.contactNo : p.contactRu;
    const author = contact && rng.chance(0.8) ? contact : rng.pick(p.group.coordinators[side]);

    events.push({
      id: rng.uuid(),
      at,
      author,
      status,
      health,
      progress,
      previousStatus,
      previousHealth,
      previousProgress,
      situation: situationOf(
        previousStatus,
        status,
        previousProgress,
        progress,
        previousHealth,
        health,
      ),
      confirmation: null,
    });
  }

  // The other side stands behind about 30 % of the updates, before the next one arrives.
  for (let k = 0; k < n; k++) {
    const event = events[k] as UpdateEvent;
    const next = events[k + 1];
    const gap = (next ? next.at : asOf) - event.at;
    // A closing report, or one that has stood for a month, has usually been confirmed.
    const closing = !next && (!isOpen(event.status) || gap > 30 * DAY);
    if (gap <= 3 * HOUR || !rng.chance(closing ? 0.6 : 0.3)) continue;
    const side = otherSide(event.author.delegation);
    const contact = side === "NO" ? p.contactNo : p.contactRu;
    const by = contact && rng.chance(0.8) ? contact : rng.pick(p.group.coordinators[side]);
    const delay = Math.min(rng.int(HOUR, 7 * DAY), gap - 30 * MINUTE);
    event.confirmation = { by, at: event.at + Math.floor(delay / 1000) * 1000 };
  }

  const last = events[n - 1] as UpdateEvent;
  p.final = {
    status: last.status,
    health: last.health,
    progress: last.progress,
    lastUpdateAt: last.at,
    awaiting: last.confirmation ? null : otherSide(last.author.delegation),
    version: n + 1,
  };
  return events;
}

/** Health drifts slowly; trouble and a passed end date push it towards at risk and off track. */
function nextHealth(rng: Rng, health: ProjectHealth | null, pressure: number): ProjectHealth {
  if (health === null)
    return rng.weighted<ProjectHealth>([
      ["on_track", 82],
      ["at_risk", 14],
      ["off_track", 4],
    ]);
  const moves: Record<ProjectHealth, [ProjectHealth, number][]> = {
    on_track: [
      ["at_risk", 0.025 + pressure],
      ["off_track", 0.004 + pressure / 4],
    ],
    at_risk: [
      ["on_track", Math.max(0.04, 0.16 - pressure)],
      ["off_track", 0.05 + pressure / 2],
    ],
    off_track: [
      ["at_risk", 0.15],
      ["on_track", Math.max(0.01, 0.04 - pressure / 2)],
    ],
  };
  const r = rng.next();
  let sum = 0;
  for (const [to, probability] of moves[health]) {
    sum += probability;
    if (r < sum) return to;
  }
  return health;
}

function statusAt(p: ProjectSpec, at: number, isLast: boolean): ProjectStatus {
  if (isLast && (p.fate === "completed" || p.fate === "cancelled")) return p.fate;
  if (p.fate === "suspended" && at >= p.tSuspend) return "suspended";
  if (at < p.tPlanned) return "proposed";
  if (at < p.tStart) return "planned";
  if (p.pause && at >= p.pause[0] && at < p.pause[1]) return "suspended";
  return "in_progress";
}

function situationOf(
  previousStatus: ProjectStatus,
  status: ProjectStatus,
  previousProgress: number,
  progress: number,
  previousHealth: ProjectHealth | null,
  health: ProjectHealth | null,
): Situation {
  if (previousStatus !== status) {
    if (status === "in_progress") return previousStatus === "suspended" ? "resumed" : "started";
    if (status === "proposed") return "proposal";
    return status;
  }
  if (status === "suspended") return "stillSuspended";
  if (progress < previousProgress) return "setback";
  if (previousHealth && health && HEALTH_RANK[health] > HEALTH_RANK[previousHealth]) return "risk";
  if (previousHealth && health && HEALTH_RANK[health] < HEALTH_RANK[previousHealth])
    return "recovered";
  if (status === "in_progress") return "progress";
  return status === "planned" ? "planning" : "proposal";
}

/**
 * n increasing times in [firstAt, lastAt], the last one at lastAt. After the group's last
 * held meeting a project has a few updates; before it, updates crowd the weeks ahead of meetings.
 */
function updateTimes(rng: Rng, p: ProjectSpec, n: number): number[] {
  const fresh = p.group.freshSince;
  const lo = p.firstAt;
  const hi = p.lastAt;
  const meetingStarts = p.group.held.map((m) => m.startsOn);
  const clustered = (from: number, to: number) => {
    if (rng.chance(0.45)) {
      const near = meetingStarts.filter((s) => s > from + 10 * DAY && s <= to);
      if (near.length) return Math.max(from, rng.pick(near) - rng.int(1, 40) * DAY);
    }
    return rng.float(from, to);
  };
  const others: number[] = [];
  const m = n - 1;
  if (hi >= fresh && lo < fresh) {
    const inFresh = Math.min(m, rng.int(0, 3));
    for (let i = 0; i < inFresh; i++) others.push(rng.float(fresh, hi));
    for (let i = inFresh; i < m; i++) others.push(clustered(lo, fresh));
  } else if (hi < fresh) {
    for (let i = 0; i < m; i++) others.push(clustered(lo, hi));
  } else {
    for (let i = 0; i < m; i++) others.push(rng.float(lo, hi));
  }
  const times = others
    .map((t) => Math.min(workingTime(rng, t), hi - MINUTE))
    .map((t) => Math.max(t, lo))
    .sort((a, b) => a - b);
  times.push(hi);
  for (let i = 1; i < times.length; i++)
    if ((times[i] as number) <= (times[i - 1] as number) + MINUTE)
      times[i] = (times[i - 1] as number) + MINUTE;
  return times;
}

/** Marks milestones done once the project got past them. */
export function settleMilestones(p: ProjectSpec, seed: string, asOf: number) {
  const rng = stream(seed, "milestones", p.group.index, p.index);
  const reached = Math.min(p.final.lastUpdateAt ?? p.createdAt, asOf - DAY);
  for (const m of p.milestones) {
    const completed = p.final.status === "completed";
    if (m.dueOn < reached && (completed || rng.chance(0.8)) && p.final.progress > 0) {
      m.doneOn = startOfDay(clamp(m.dueOn + rng.int(-20, 30) * DAY, p.createdAt, reached));
    }
  }
}
