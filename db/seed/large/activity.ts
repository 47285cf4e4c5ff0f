/**
 * What happens around the projects: meeting attendees, agendas (some items linked to
 * projects), minutes, decisions and action items of held meetings (older ones mostly done,
 * recent ones often open, some overdue), and comments on projects.
 */
import type { Delegation, Locale } from "../../../lib/vocabulary";
import { ACTION_ITEMS, AGENDA, DECISIONS, GUEST_CAPACITIES, NAMES, type Tri } from "./banks";
import { type PlanSpec, planInForce } from "./plans";
import type { ProjectSpec } from "./projects";
import { type Rng, stream } from "./rng";
import { composeComment, composeMinutes, fill, LANGS, type Texts, tri, type Vars } from "./text";
import { DAY, HOUR, MINUTE, startOfDay, yearOf } from "./time";
import type { GroupSpec, MeetingSpec, UserSpec, World } from "./world";

export interface AttendeeRow {
  id: string;
  meetingId: string;
  userId: string | null;
  name: string | null;
  delegation: Delegation;
  capacity: string | null;
}

export interface AgendaItemRow {
  id: string;
  meetingId: string;
  position: number;
  title: Texts;
  projectIds: string[];
}

export interface DecisionRow {
  id: string;
  meetingId: string;
  position: number;
  text: Texts;
  projectId: string | null;
  createdAt: number;
}

export interface ActionItemRow {
  id: string;
  groupId: string;
  meetingId: string;
  projectId: string | null;
  text: Texts;
  ownerId: string;
  dueOn: number;
  doneAt: number | null;
  doneById: string | null;
  createdById: string;
  createdAt: number;
}

export interface CommentRow {
  id: string;
  projectId: string;
  groupId: string;
  authorId: string;
  body: string;
  locale: Locale;
  createdAt: number;
  editedAt: number | null;
  deletedAt: number | null;
}

export interface MeetingContent {
  minutes: Map<string, Texts>;
  attendees: AttendeeRow[];
  agenda: AgendaItemRow[];
  decisions: DecisionRow[];
  actionItems: ActionItemRow[];
}

type LangVars = Record<Locale, Vars>;

/** An entry in all three languages; now and then one translation is missing. */
function texts(entry: Tri, vars: LangVars, rng: Rng, missing = 0.05): Texts {
  const result: Texts = { nb: null, ru: null, en: null };
  for (const lang of LANGS) result[lang] = fill(tri(entry, lang), vars[lang]);
  if (rng.chance(missing)) result[rng.chance(0.6) ? "en" : "ru"] = null;
  return result;
}

/** Per-language slot values. */
const perLang = (make: (lang: Locale) => Vars): LangVars => ({
  nb: make("nb"),
  ru: make("ru"),
  en: make("en"),
});
const NO_VARS = perLang(() => ({}));

/** Projects of the group that were running around a date (entered before it, not long finished). */
function activeAt(rng: Rng, projects: ProjectSpec[], at: number, count: number): ProjectSpec[] {
  let bound = 0;
  while (bound < projects.length && (projects[bound] as ProjectSpec).createdAt < at) bound++;
  const found = new Set<ProjectSpec>();
  for (let tries = 0; tries < count * 12 && found.size < count && bound > 0; tries++) {
    const p = projects[rng.int(0, bound - 1)] as ProjectSpec;
    const last = p.final.lastUpdateAt ?? p.createdAt;
    const open = p.final.status !== "completed" && p.final.status !== "cancelled";
    if (open || last > at - 60 * DAY) found.add(p);
  }
  return [...found];
}

export function buildMeetingContent(
  world: World,
  projectsByGroup: Map<number, ProjectSpec[]>,
  plans: PlanSpec[],
): MeetingContent {
  const content: MeetingContent = {
    minutes: new Map(),
    attendees: [],
    agenda: [],
    decisions: [],
    actionItems: [],
  };
  for (const group of world.groups) {
    const rng = stream(world.seed, "meeting-content", group.index);
    const ids = stream(world.seed, "ids", "meeting-content", group.index);
    const projects = projectsByGroup.get(group.index) ?? [];
    const coordinators = [...group.coordinators.NO, ...group.coordinators.RU];
    group.meetings.forEach((meeting, k) => {
      const next = group.meetings[k + 1];
      attendees(rng, ids, group, meeting, content.attendees);
      const approving = plans.find((p) => p.meeting === meeting);
      const inForce = approving ?? planInForce(plans, group, meeting.startsOn);
      agenda(rng, ids, group, meeting, projects, approving, inForce, content.agenda);
      if (meeting.state !== "held") return;
      if (rng.chance(0.92)) {
        const minutes = composeMinutes(rng, {
          city: meeting.city.name,
          cityIn: meeting.city.ruIn,
          startsOn: meeting.startsOn,
        });
        const result: Texts = { ...minutes };
        if (rng.chance(0.15)) result[rng.chance(0.5) ? "en" : "ru"] = null;
        content.minutes.set(meeting.id, result);
      }
      decisions(rng, ids, meeting, next, projects, approving, content.decisions);
      actionItems(rng, ids, world, group, meeting, projects, coordinators, content.actionItems);
    });
  }
  return content;
}

function attendees(
  rng: Rng,
  ids: Rng,
  group: GroupSpec,
  meeting: MeetingSpec,
  rows: AttendeeRow[],
) {
  const coordinators = [...group.coordinators.NO, ...group.coordinators.RU];
  const others = group.members.filter((m) => m.role !== "coordinator").map((m) => m.user);
  const people = new Set<UserSpec>(rng.sample(coordinators, Math.min(4, coordinators.length)));
  for (const u of rng.sample(others, rng.int(4, 10))) people.add(u);
  for (const u of people)
    rows.push({
      id: ids.uuid(),
      meetingId: meeting.id,
      userId: u.id,
      name: null,
      delegation: u.delegation,
      capacity: null,
    });
  for (let g = rng.int(0, 2); g > 0; g--) {
    const side: Delegation = rng.chance(0.5) ? "NO" : "RU";
    const names = NAMES[side];
    const female = rng.chance(0.5);
    const last = rng.pick(names.last);
    rows.push({
      id: ids.uuid(),
      meetingId: meeting.id,
      userId: null,
      name: `${rng.pick(female ? names.female : names.male)} ${side === "RU" && female ? `${last}а` : last}`,
      delegation: side,
      capacity: rng.pick(GUEST_CAPACITIES),
    });
  }
}

function agenda(
  rng: Rng,
  ids: Rng,
  group: GroupSpec,
  meeting: MeetingSpec,
  projects: ProjectSpec[],
  approving: PlanSpec | undefined,
  inForce: PlanSpec | undefined,
  rows: AgendaItemRow[],
) {
  const count = rng.int(4, 10);
  const period = (plan: PlanSpec) => `${plan.periodStart}–${plan.periodEnd}`;
  const items: { title: Texts; projectIds: string[] }[] = [];
  const plain = (entry: Tri, vars: LangVars = NO_VARS) =>
    items.push({ title: texts(entry, vars, rng), projectIds: [] });

  plain(AGENDA.opening);
  if (approving)
    plain(
      AGENDA.approvePlan,
      perLang(() => ({ period: period(approving) })),
    );
  const closing = rng.chance(0.5) ? [AGENDA.aob, AGENDA.next] : [AGENDA.next];
  const middle: (() => void)[] = [
    () => plain(AGENDA.infoNo),
    () => plain(AGENDA.infoRu),
    () =>
      inForce
        ? plain(
            AGENDA.planStatus,
            perLang(() => ({ period: period(inForce) })),
          )
        : 0,
    () => plain(AGENDA.funding),
    () => plain(AGENDA.report),
    () => {
      const proposals = activeAt(rng, projects, meeting.startsOn, 3).filter(
        (p) => p.createdAt > meeting.startsOn - 240 * DAY,
      );
      items.push({
        title: texts(AGENDA.proposals, NO_VARS, rng),
        projectIds: proposals.map((p) => p.id),
      });
    },
  ];
  for (let guard = 0; items.length + closing.length < count && guard < 40; guard++) {
    if (rng.chance(0.55) || !middle.length) {
      const area = rng.pick(group.areas);
      const linked = activeAt(rng, projects, meeting.startsOn, 30)
        .filter((p) => p.area === area)
        .slice(0, rng.int(1, 3));
      if (rng.chance(0.5) && linked[0]) {
        const p = linked[0];
        items.push({
          title: texts(
            AGENDA.project,
            perLang(() => ({ code: p.code })),
            rng,
          ),
          projectIds: [p.id],
        });
      } else {
        items.push({
          title: texts(
            AGENDA.areaReview,
            perLang((lang) => ({ area: tri(area.name, lang) })),
            rng,
          ),
          projectIds: linked.map((p) => p.id),
        });
      }
    } else {
      const index = rng.int(0, middle.length - 1);
      const [add] = middle.splice(index, 1);
      add?.();
    }
  }
  for (const entry of closing) plain(entry);
  items.forEach((item, position) => {
    rows.push({
      id: ids.uuid(),
      meetingId: meeting.id,
      position: position + 1,
      title: item.title,
      projectIds: [...new Set(item.projectIds)],
    });
  });
}

function decisions(
  rng: Rng,
  ids: Rng,
  meeting: MeetingSpec,
  next: MeetingSpec | undefined,
  projects: ProjectSpec[],
  approving: PlanSpec | undefined,
  rows: DecisionRow[],
) {
  const list: { text: Texts; projectId: string | null }[] = [];
  if (approving)
    list.push({
      text: texts(
        DECISIONS.approvePlan,
        perLang(() => ({ period: `${approving.periodStart}–${approving.periodEnd}` })),
        rng,
        0.02,
      ),
      projectId: null,
    });
  for (const p of activeAt(rng, projects, meeting.startsOn, rng.int(1, 3)))
    list.push({
      text: texts(
        rng.pick(DECISIONS.project),
        perLang(() => ({ code: p.code })),
        rng,
      ),
      projectId: p.id,
    });
  if (rng.chance(0.4))
    list.push({ text: texts(rng.pick(DECISIONS.general), NO_VARS, rng), projectId: null });
  if (next)
    list.push({
      text: texts(
        DECISIONS.nextMeeting,
        perLang((lang) => ({
          city: tri(next.city.name, lang),
          cityIn: next.city.ruIn,
          y1: yearOf(next.startsOn),
        })),
        rng,
      ),
      projectId: null,
    });
  list.forEach((d, position) => {
    rows.push({
      id: ids.uuid(),
      meetingId: meeting.id,
      position: position + 1,
      text: d.text,
      projectId: d.projectId,
      createdAt: meeting.endsOn + 15 * HOUR,
    });
  });
}

function actionItems(
  rng: Rng,
  ids: Rng,
  world: World,
  group: GroupSpec,
  meeting: MeetingSpec,
  projects: ProjectSpec[],
  coordinators: UserSpec[],
  rows: ActionItemRow[],
) {
  const count = rng.int(3, 7);
  const linked = activeAt(rng, projects, meeting.startsOn, count);
  const age = world.asOf - meeting.endsOn;
  const doneRate = age > 365 * DAY ? 0.88 : age > 150 * DAY ? 0.6 : 0.3;
  const createdAt = meeting.endsOn + 16 * HOUR;
  for (let k = 0; k < count; k++) {
    const project = rng.chance(0.75) ? linked[k] : undefined;
    let text: Texts;
    let owner: UserSpec;
    if (project) {
      text = texts(
        rng.pick(ACTION_ITEMS.project),
        perLang(() => ({ code: project.code })),
        rng,
      );
      const contacts = [project.contactNo, project.contactRu].filter((u): u is UserSpec => !!u);
      owner = contacts.length && rng.chance(0.7) ? rng.pick(contacts) : rng.pick(coordinators);
    } else {
      const area = rng.pick(group.areas);
      text = texts(
        rng.pick(ACTION_ITEMS.general),
        perLang((lang) => ({ area: tri(area.name, lang) })),
        rng,
      );
      owner = rng.pick(coordinators);
    }
    const dueOn = startOfDay(meeting.endsOn + rng.int(30, 240) * DAY);
    let doneAt: number | null = null;
    if (rng.chance(doneRate)) {
      const latest = Math.min(dueOn + 60 * DAY, world.asOf - DAY);
      if (latest > createdAt + DAY)
        doneAt = startOfDay(rng.float(createdAt + DAY, latest)) + rng.int(8 * 60, 16 * 60) * MINUTE;
    }
    rows.push({
      id: ids.uuid(),
      groupId: group.id,
      meetingId: meeting.id,
      projectId: project?.id ?? null,
      text,
      ownerId: owner.id,
      dueOn,
      doneAt,
      doneById: doneAt ? (rng.chance(0.8) ? owner.id : rng.pick(coordinators).id) : null,
      createdById: rng.pick(coordinators).id,
      createdAt,
    });
  }
}

/** A few comments on about half of the projects. */
export function buildComments(world: World, projects: ProjectSpec[]): CommentRow[] {
  const rows: CommentRow[] = [];
  for (const p of projects) {
    const rng = stream(world.seed, "comments", p.group.index, p.index);
    const count = rng.weighted([
      [0, 55],
      [1, 20],
      [2, 10],
      [3, 6],
      [4, 5],
      [6, 4],
    ] as const);
    if (!count) continue;
    const people = [
      p.contactNo,
      p.contactRu,
      ...p.group.coordinators.NO,
      ...p.group.coordinators.RU,
    ].filter((u): u is UserSpec => !!u);
    const end = Math.min((p.final.lastUpdateAt ?? p.createdAt) + 45 * DAY, world.asOf - HOUR);
    const times = Array.from({ length: count }, () =>
      rng.float(p.createdAt + HOUR, Math.max(p.createdAt + 2 * HOUR, end)),
    ).sort((a, b) => a - b);
    for (const at of times) {
      const author = rng.chance(0.8) ? rng.pick(people) : rng.pick(p.group.active);
      const locale: Locale = rng.chance(0.9)
        ? author.locale
        : author.locale === "en"
          ? author.delegation === "NO"
            ? "nb"
            : "ru"
          : "en";
      const createdAt = Math.floor(at / 1000) * 1000;
      const edited = rng.chance(0.05) ? createdAt + rng.int(HOUR, 3 * DAY) : null;
      rows.push({
        id: rng.uuid(),
        projectId: p.id,
        groupId: p.group.id,
        authorId: author.id,
        body: composeComment(rng, locale, { org: rng.pick(p.orgs) }),
        locale,
        createdAt,
        editedAt: edited !== null && edited < world.asOf ? edited : null,
        deletedAt: rng.chance(0.02)
          ? Math.min(createdAt + rng.int(HOUR, 5 * DAY), world.asOf - MINUTE)
          : null,
      });
    }
  }
  return rows;
}
