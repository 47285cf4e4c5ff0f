/**
 * The generated data set as COPY rows, table by table, in an order that satisfies the
 * foreign keys. Status updates (and their notes) are generated lazily while they stream.
 */
import type { Locale } from "../../../lib/vocabulary";
import { GAZETTEER, type GazetteerPlace } from "../gazetteer";
import type { CommentRow, MeetingContent } from "./activity";
import { COMMISSION, type Place } from "./banks";
import { type Cell, encodeRow, textArray } from "./copy";
import type { PlanSpec } from "./plans";
import type { ProjectSpec } from "./projects";
import { stream } from "./rng";
import { composeNextSteps, composeNote, inPlace, type Texts } from "./text";
import { isoDay, isoTime } from "./time";
import type { World } from "./world";

/** The columns written per table (the rest keep their defaults; search_text is generated). */
export const COLUMNS = {
  working_groups:
    "id slug name_nb name_ru name_en commission_nb commission_ru commission_en created_at updated_at",
  users: "id email name delegation locale position password_hash created_at updated_at",
  memberships: "user_id group_id role created_at",
  cooperation_areas: "id group_id name_nb name_ru name_en position created_at",
  meetings:
    "id group_id number starts_on ends_on city_nb city_ru city_en country state minutes_nb minutes_ru minutes_en closed_at created_at",
  meeting_attendees: "id meeting_id user_id name delegation capacity",
  projects:
    "id group_id code area_id title_nb title_ru title_en summary_nb summary_ru summary_en text_edited_at status health progress planned_start planned_end lead_org_no lead_org_ru contact_no_id contact_ru_id partners place_names funding_amount funding_currency funding_source last_update_at awaiting_confirmation_from version created_by_id created_at updated_at",
  milestones: "id project_id title_nb title_ru title_en due_on done_on position",
  project_places: "project_id place_id position",
  work_plans:
    "id group_id number period_start period_end state approved_at_meeting_id created_by_id created_at",
  work_plan_projects: "plan_id project_id group_id carried_over added_at",
  status_updates:
    "id project_id group_id author_id author_delegation created_at status health progress previous_status previous_health previous_progress note note_locale next_steps",
  status_confirmations: "update_id user_id delegation created_at",
  agenda_items: "id meeting_id position title_nb title_ru title_en",
  agenda_item_projects: "agenda_item_id project_id",
  decisions: "id meeting_id position text_nb text_ru text_en project_id created_at",
  action_items:
    "id group_id meeting_id project_id text_nb text_ru text_en owner_id due_on done_at done_by_id created_by_id created_at",
  comments: "id project_id group_id author_id body locale created_at edited_at deleted_at",
} as const;

export type Table = keyof typeof COLUMNS;

const split = Object.fromEntries(
  Object.entries(COLUMNS).map(([table, columns]) => [table, columns.split(" ")]),
) as Record<Table, string[]>;

export const columnsOf = (table: Table): readonly string[] => split[table];

/** One row from named values; a column without a value (not even null) is a bug. */
function row(table: Table, values: Record<string, Cell>): string {
  return encodeRow(
    split[table].map((column) => {
      const value = values[column];
      if (value === undefined) throw new Error(`${table}.${column}: no value`);
      return value;
    }),
  );
}

const time = (ms: number | null) => (ms === null ? null : isoTime(ms));
const day = (ms: number | null) => (ms === null ? null : isoDay(ms));
const l10n = (prefix: string, t: Texts): Record<string, Cell> => ({
  [`${prefix}_nb`]: t.nb,
  [`${prefix}_ru`]: t.ru,
  [`${prefix}_en`]: t.en,
});
const names = (prefix: string, [nb, ru, en]: readonly string[]) =>
  l10n(prefix, { nb, ru, en } as Texts);

export function* groupRows(world: World) {
  for (const g of world.groups)
    yield row("working_groups", {
      id: g.id,
      slug: g.slug,
      ...names("name", g.name),
      ...names("commission", COMMISSION),
      created_at: time(g.createdAt),
      updated_at: time(g.createdAt),
    });
}

export function* userRows(world: World, passwordHash: string) {
  for (const u of world.users)
    yield row("users", {
      id: u.id,
      email: u.email,
      name: u.name,
      delegation: u.delegation,
      locale: u.locale,
      position: u.position,
      password_hash: passwordHash,
      created_at: time(u.createdAt),
      updated_at: time(u.createdAt),
    });
}

export function* membershipRows(world: World) {
  for (const g of world.groups)
    for (const m of g.members)
      yield row("memberships", {
        user_id: m.user.id,
        group_id: g.id,
        role: m.role,
        created_at: time(Math.max(m.user.createdAt, g.createdAt)),
      });
}

export function* areaRows(world: World) {
  for (const g of world.groups)
    for (const a of g.areas)
      yield row("cooperation_areas", {
        id: a.id,
        group_id: g.id,
        ...names("name", a.name),
        position: a.position,
        created_at: time(g.createdAt + a.position * 60_000),
      });
}

export function* meetingRows(world: World, content: MeetingContent) {
  for (const g of world.groups)
    for (const m of g.meetings)
      yield row("meetings", {
        id: m.id,
        group_id: g.id,
        number: m.number,
        starts_on: day(m.startsOn),
        ends_on: day(m.endsOn),
        ...names("city", m.city.name),
        country: m.city.country,
        state: m.state,
        ...l10n("minutes", content.minutes.get(m.id) ?? { nb: null, ru: null, en: null }),
        closed_at: time(m.closedAt),
        created_at: time(m.createdAt),
      });
}

export function* attendeeRows(content: MeetingContent) {
  for (const a of content.attendees)
    yield row("meeting_attendees", {
      id: a.id,
      meeting_id: a.meetingId,
      user_id: a.userId,
      name: a.name,
      delegation: a.delegation,
      capacity: a.capacity,
    });
}

/** The project rows carry the current state: exactly their last status update. */
export function* projectRows(projects: ProjectSpec[]) {
  for (const p of projects)
    yield row("projects", {
      id: p.id,
      group_id: p.group.id,
      code: p.code,
      area_id: p.area.id,
      ...l10n("title", p.title),
      ...l10n("summary", p.summary),
      text_edited_at: JSON.stringify(p.textEditedAt),
      status: p.final.status,
      health: p.final.health,
      progress: p.final.progress,
      planned_start: day(p.plannedStart),
      planned_end: day(p.plannedEnd),
      lead_org_no: p.leadOrgNo,
      lead_org_ru: p.leadOrgRu,
      contact_no_id: p.contactNo?.id ?? null,
      contact_ru_id: p.contactRu?.id ?? null,
      partners: textArray(p.partners),
      place_names: textArray(p.places.flatMap((place) => searchNames(gazetteerPlace(place)))),
      funding_amount: p.funding?.amount ?? null,
      funding_currency: p.funding?.currency ?? null,
      funding_source: p.funding?.source ?? null,
      last_update_at: time(p.final.lastUpdateAt),
      awaiting_confirmation_from: p.final.awaiting,
      version: p.final.version,
      created_by_id: p.createdBy.id,
      created_at: time(p.createdAt),
      updated_at: time(p.final.lastUpdateAt ?? p.createdAt),
    });
}

/** The gazetteer's entry of a place of the banks (they name them in English). */
function gazetteerPlace(place: Place): GazetteerPlace {
  const found = GAZETTEER.find((g) => g.en === place.en);
  if (!found) throw new Error(`${place.en} is not in the gazetteer`);
  return found;
}

/** A place's names as projects.place_names holds them (lib/places/writes.ts, in SQL). */
const searchNames = (g: GazetteerPlace) => [
  g.nb,
  g.ru,
  g.en,
  ...(g.se ? [g.se] : []),
  ...g.aliases,
];

/** Each project's places, by the ids the gazetteer's rows have in this database. */
export function* projectPlaceRows(projects: ProjectSpec[], placeIds: ReadonlyMap<string, string>) {
  for (const p of projects)
    for (const [position, place] of p.places.entries()) {
      const key = gazetteerPlace(place).key;
      const placeId = placeIds.get(key);
      if (!placeId) throw new Error(`no place ${key} in the database`);
      yield row("project_places", { project_id: p.id, place_id: placeId, position });
    }
}

export function* milestoneRows(projects: ProjectSpec[]) {
  for (const p of projects)
    for (const [position, m] of p.milestones.entries())
      yield row("milestones", {
        id: m.id,
        project_id: p.id,
        ...l10n("title", m.title),
        due_on: day(m.dueOn),
        done_on: day(m.doneOn),
        position,
      });
}

/** Every plan goes in as a draft first: only a draft's project list may change. */
export function* planRows(plans: PlanSpec[]) {
  for (const p of plans)
    yield row("work_plans", {
      id: p.id,
      group_id: p.group.id,
      number: p.number,
      period_start: p.periodStart,
      period_end: p.periodEnd,
      state: "draft",
      approved_at_meeting_id: p.meeting?.id ?? null,
      created_by_id: p.createdBy.id,
      created_at: time(p.createdAt),
    });
}

export function* planProjectRows(plans: PlanSpec[]) {
  for (const plan of plans)
    for (const e of plan.entries)
      yield row("work_plan_projects", {
        plan_id: plan.id,
        project_id: e.project.id,
        group_id: plan.group.id,
        carried_over: e.carriedOver,
        added_at: time(e.addedAt),
      });
}

/**
 * The status updates, with their notes written on the fly (in the author's language mostly,
 * sometimes in English). Confirmations are collected for the next table; each project's
 * simulated history is released once written.
 */
export function* updateRows(
  seed: string,
  projects: ProjectSpec[],
  confirmations: string[],
  onRow: () => void,
) {
  for (const p of projects) {
    const rng = stream(seed, "notes", p.group.index, p.index);
    for (const u of p.history ?? []) {
      const author = u.author;
      const native: Locale = author.delegation === "NO" ? "nb" : "ru";
      const locale: Locale = rng.chance(0.88)
        ? author.locale
        : author.locale === "en"
          ? native
          : "en";
      const vars = {
        in: inPlace(rng.pick(p.places), locale),
        org: rng.pick(p.orgs),
        pct: u.progress,
      };
      const hasNote = u.previousStatus !== u.status || rng.chance(0.85);
      const open = u.status !== "completed" && u.status !== "cancelled";
      const note = hasNote ? composeNote(rng, locale, u.situation, vars) : null;
      const nextSteps =
        hasNote && open && rng.chance(0.4) ? composeNextSteps(rng, locale, vars) : null;
      yield row("status_updates", {
        id: u.id,
        project_id: p.id,
        group_id: p.group.id,
        author_id: author.id,
        author_delegation: author.delegation,
        created_at: time(u.at),
        status: u.status,
        health: u.health,
        progress: u.progress,
        previous_status: u.previousStatus,
        previous_health: u.previousHealth,
        previous_progress: u.previousProgress,
        note,
        note_locale: note || nextSteps ? locale : null,
        next_steps: nextSteps,
      });
      if (u.confirmation)
        confirmations.push(
          row("status_confirmations", {
            update_id: u.id,
            user_id: u.confirmation.by.id,
            delegation: u.confirmation.by.delegation,
            created_at: time(u.confirmation.at),
          }),
        );
      onRow();
    }
    p.history = null;
  }
}

export function* agendaRows(content: MeetingContent) {
  for (const a of content.agenda)
    yield row("agenda_items", {
      id: a.id,
      meeting_id: a.meetingId,
      position: a.position,
      ...l10n("title", a.title),
    });
}

export function* agendaProjectRows(content: MeetingContent) {
  for (const a of content.agenda)
    for (const projectId of a.projectIds)
      yield row("agenda_item_projects", { agenda_item_id: a.id, project_id: projectId });
}

export function* decisionRows(content: MeetingContent) {
  for (const d of content.decisions)
    yield row("decisions", {
      id: d.id,
      meeting_id: d.meetingId,
      position: d.position,
      ...l10n("text", d.text),
      project_id: d.projectId,
      created_at: time(d.createdAt),
    });
}

export function* actionItemRows(content: MeetingContent) {
  for (const a of content.actionItems)
    yield row("action_items", {
      id: a.id,
      group_id: a.groupId,
      meeting_id: a.meetingId,
      project_id: a.projectId,
      ...l10n("text", a.text),
      owner_id: a.ownerId,
      due_on: day(a.dueOn),
      done_at: time(a.doneAt),
      done_by_id: a.doneById,
      created_by_id: a.createdById,
      created_at: time(a.createdAt),
    });
}

export function* commentRows(comments: CommentRow[]) {
  for (const c of comments)
    yield row("comments", {
      id: c.id,
      project_id: c.projectId,
      group_id: c.groupId,
      author_id: c.authorId,
      body: c.body,
      locale: c.locale,
      created_at: time(c.createdAt),
      edited_at: time(c.editedAt),
      deleted_at: time(c.deletedAt),
    });
}
