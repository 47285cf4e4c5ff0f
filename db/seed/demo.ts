import { createHash } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "../client";
import * as s from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { demoData } from "./demo-content";
import { livingCycle, livingDemo } from "./demo-cycle";
import { insertDemoDocuments } from "./demo-documents";
import type { DemoData, DemoMeeting, DemoProject, IsoDate, L10n } from "./demo-types";
import { GAZETTEER, type GazetteerPlace } from "./gazetteer";

const l10n = <P extends string>(prefix: P, text: L10n | undefined) =>
  ({
    [`${prefix}Nb`]: text?.nb ?? null,
    [`${prefix}Ru`]: text?.ru ?? null,
    [`${prefix}En`]: text?.en ?? null,
  }) as Record<`${P}${"Nb" | "Ru" | "En"}`, string | null>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10) as IsoDate;
const atTime = (day: string, minutes: number) =>
  new Date(Date.parse(`${day}T09:00:00Z`) + minutes * 60_000);

/**
 * The planned next meeting: a Tuesday at least five weeks after the seed's clock (90 days in
 * the demo's history, see livingCycle).
 */
export function nextMeetingDates(now: Date): {
  startsOn: IsoDate;
  endsOn: IsoDate;
  dueBefore: IsoDate;
} {
  const start = new Date(
    Date.UTC(
      now.getUTCFullYear(),
      now.getUTCMonth(),
      now.getUTCDate() + (livingCycle(now) ? 35 : 90),
    ),
  );
  while (start.getUTCDay() !== 2) start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 1);
  const due = new Date(start);
  due.setUTCDate(due.getUTCDate() - 14);
  return { startsOn: isoDay(start), endsOn: isoDay(end), dueBefore: isoDay(due) };
}

/** A demo project's places from the gazetteer, by name ("Storskog" is the crossing), each once. */
function demoPlaces(p: DemoProject): GazetteerPlace[] {
  const found: GazetteerPlace[] = [];
  for (const name of p.places) {
    const wanted = name.toLowerCase();
    const place = GAZETTEER.find((g) =>
      [g.nb, g.ru, g.en, ...g.aliases].some((n) => n.toLowerCase() === wanted),
    );
    if (!place)
      throw new Error(`demo project ${p.code} names ${name}, which is not in the gazetteer`);
    if (!found.includes(place)) found.push(place);
  }
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

function check(data: DemoData) {
  for (const account of DEMO_ACCOUNTS) {
    const person = data.people.find((p) => p.email === account.email);
    if (!person || person.delegation !== account.delegation || person.locale !== account.locale)
      throw new Error(`demo data lacks the account ${account.email} as listed on the sign-in page`);
  }
}

/** How the seed hashes the demo password: the app's own hashing, passed in (db/ uses no lib/). */
export interface DemoSeedOptions {
  hashPassword: (password: string) => Promise<string>;
  now?: Date;
}

export interface SeedResult {
  seeded: boolean;
}

/** Seeds the demo data set in one transaction; does nothing when it is already there. */
export async function seedDemo(db: Database, options: DemoSeedOptions): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const data = livingDemo(demoData, now);
  check(data);
  const hashes = await Promise.all(data.people.map(() => options.hashPassword(DEMO_PASSWORD)));
  return db.transaction(async (tx) => {
    // Serialise concurrent seeders (several app servers starting at once).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('workplan.seed'))`);
    const [marker] = await tx
      .select()
      .from(s.settings)
      .where(eq(s.settings.key, s.SETTING_KEYS.demo));
    if (marker) return { seeded: false };
    await insertAll(tx, data, hashes, now);
    await insertDemoDocuments(tx);
    await tx.insert(s.settings).values([
      { key: s.SETTING_KEYS.demo, value: true },
      // IATI's own registration agency (XI-IATI), for the demo's IATI exports.
      { key: s.SETTING_KEYS.iatiOrganisation, value: "XI-IATI-WPDEMO" },
    ]);
    await tx.insert(s.auditEvents).values({ action: "demo.seeded", entityType: "installation" });
    return { seeded: true };
  });
}

/** Demo data goes only into an installation without users: never next to real accounts. */
export async function seedDemoIfEmpty(db: Database, options: DemoSeedOptions): Promise<SeedResult> {
  const [row] = await db.select({ n: count() }).from(s.users);
  if (Number(row?.n ?? 0) > 0) return { seeded: false };
  return seedDemo(db, options);
}

async function insertAll(tx: Transaction, data: DemoData, hashes: string[], now: Date) {
  const next = nextMeetingDates(now);
  const id = <K extends string>(map: Map<K, string>, key: K, what: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`demo data: unknown ${what} "${key}"`);
    return value;
  };

  const groupIds = new Map<string, string>();
  for (const [index, g] of data.groups.entries()) {
    const [row] = await tx
      .insert(s.workingGroups)
      .values({
        // Distinct creation times keep the groups in the demo's order (the main group first).
        createdAt: new Date(Date.UTC(2015, 0, 1 + index)),
        slug: g.slug,
        ...l10n("name", g.name),
        ...l10n("commission", g.commission),
      } as s.NewWorkingGroup)
      .returning({ id: s.workingGroups.id });
    if (row) groupIds.set(g.key, row.id);
  }

  const people = await tx
    .insert(s.users)
    .values(
      data.people.map((p, i) => ({
        email: p.email,
        name: p.name,
        delegation: p.delegation,
        locale: p.locale,
        position: p.position,
        isAdmin: p.isAdmin ?? false,
        passwordHash: hashes[i] ?? "",
      })),
    )
    .returning({ id: s.users.id, email: s.users.email });
  const personIds = new Map(
    data.people.map((p) => [p.key, people.find((r) => r.email === p.email)?.id ?? ""]),
  );
  const memberships = data.people.flatMap((p) =>
    p.memberships.map((m) => ({
      userId: id(personIds, p.key, "person"),
      groupId: id(groupIds, m.group, "group"),
      role: m.role,
    })),
  );
  if (memberships.length) await tx.insert(s.memberships).values(memberships);

  const areaIds = new Map<string, string>();
  const positions = new Map<string, number>();
  for (const a of data.areas) {
    const position = (positions.get(a.group) ?? 0) + 1;
    positions.set(a.group, position);
    const [row] = await tx
      .insert(s.cooperationAreas)
      .values({
        groupId: id(groupIds, a.group, "group"),
        position,
        dacCode: a.dacCode ?? null,
        ...l10n("name", a.name),
      } as s.NewCooperationArea)
      .returning({ id: s.cooperationAreas.id });
    if (row) areaIds.set(a.key, row.id);
  }

  const meetingIds = new Map<string, string>();
  for (const m of data.meetings)
    meetingIds.set(`${m.group}:${m.number}`, await insertMeeting(tx, m));

  async function insertMeeting(db: Transaction, m: DemoMeeting) {
    const startsOn = m.startsOn === "next" ? next.startsOn : m.startsOn;
    const endsOn = m.endsOn === "next" ? next.endsOn : m.endsOn;
    const [row] = await db
      .insert(s.meetings)
      .values({
        groupId: id(groupIds, m.group, "group"),
        number: m.number,
        startsOn,
        endsOn,
        country: m.country,
        state: m.state,
        ...l10n("city", m.city),
        ...l10n("minutes", m.minutes),
        closedAt: m.state === "held" ? atTime(endsOn, 8 * 60) : null,
      })
      .returning({ id: s.meetings.id });
    if (!row) throw new Error("meeting insert failed");
    if (m.attendees.length) {
      await db.insert(s.meetingAttendees).values(
        m.attendees.map((key) => {
          const person = data.people.find((p) => p.key === key);
          return {
            meetingId: row.id,
            userId: id(personIds, key, "person"),
            delegation: person?.delegation ?? "NO",
          };
        }),
      );
    }
    return row.id;
  }

  const delegationOf = (key: string) => data.people.find((p) => p.key === key)?.delegation ?? "NO";
  const otherSide = (side: "NO" | "RU") => (side === "NO" ? "RU" : "NO");

  const placeIds = new Map(
    (await tx.select({ id: s.places.id, key: s.places.key }).from(s.places)).map((p) => [
      p.key,
      p.id,
    ]),
  );
  const projectIds = new Map<string, string>();
  /** Each project's latest status update, for the notifications about it. */
  const latestUpdateIds = new Map<string, string>();
  for (const p of data.projects) projectIds.set(`${p.group}:${p.code}`, await insertProject(tx, p));

  async function insertProject(db: Transaction, p: DemoProject) {
    const groupId = id(groupIds, p.group, "group");
    const last = p.updates.at(-1);
    // Entered a month before it started, or before its first update if that came earlier.
    const firstDay =
      [p.plannedStart, p.updates[0]?.date ?? p.plannedStart].sort()[0] ?? p.plannedStart;
    const createdAt = atTime(firstDay, -60 * 24 * 30);
    const edited = createdAt.toISOString();
    const textEditedAt: s.TextEditedAt = {};
    for (const lang of ["nb", "ru", "en"] as const) {
      if (p.title[lang]) textEditedAt[`title.${lang}`] = edited;
      if (p.summary[lang]) textEditedAt[`summary.${lang}`] = edited;
    }
    const [row] = await db
      .insert(s.projects)
      .values({
        groupId,
        code: p.code,
        areaId: id(areaIds, p.area, "area"),
        ...l10n("title", p.title),
        ...l10n("summary", p.summary),
        textEditedAt,
        status: last?.status ?? "proposed",
        health: last?.health ?? null,
        progress: last?.progress ?? 0,
        plannedStart: p.plannedStart,
        plannedEnd: p.plannedEnd,
        leadOrgNo: p.leadOrgNo,
        leadOrgRu: p.leadOrgRu,
        contactNoId: id(personIds, p.contactNo, "person"),
        contactRuId: id(personIds, p.contactRu, "person"),
        partners: p.partners,
        placeNames: demoPlaces(p).flatMap(searchNames),
        fundingAmount: p.funding ? p.funding.amount.toFixed(2) : null,
        fundingCurrency: p.funding?.currency ?? null,
        fundingSource: p.funding?.source ?? null,
        lastUpdateAt: last ? atTime(last.date, p.updates.length) : null,
        awaitingConfirmationFrom:
          last && !last.confirmedBy ? otherSide(delegationOf(last.author)) : null,
        version: p.updates.length + 1,
        createdAt,
        updatedAt: last ? atTime(last.date, p.updates.length) : createdAt,
      } as s.NewProject)
      .returning({ id: s.projects.id });
    if (!row) throw new Error("project insert failed");
    const places = demoPlaces(p);
    if (places.length)
      await db.insert(s.projectPlaces).values(
        places.map((place, position) => ({
          projectId: row.id,
          placeId: id(placeIds, place.key, "place"),
          position,
        })),
      );
    if (p.milestones.length) {
      await db.insert(s.milestones).values(
        p.milestones.map((m, position) => ({
          projectId: row.id,
          ...l10n("title", m.title),
          dueOn: m.due,
          doneOn: m.doneOn ?? null,
          position,
        })),
      );
    }
    let previous: (typeof p.updates)[number] | undefined;
    for (const [index, u] of p.updates.entries()) {
      const author = data.people.find((person) => person.key === u.author);
      const [update] = await db
        .insert(s.statusUpdates)
        .values({
          projectId: row.id,
          groupId,
          authorId: id(personIds, u.author, "person"),
          authorDelegation: author?.delegation ?? "NO",
          createdAt: atTime(u.date, index + 1),
          status: u.status,
          health: u.health ?? null,
          progress: u.progress,
          previousStatus: previous?.status ?? (index === 0 ? "proposed" : null),
          previousHealth: previous?.health ?? null,
          previousProgress: previous?.progress ?? (index === 0 ? 0 : null),
          note: u.note ?? null,
          noteLocale: u.note || u.nextSteps ? (u.noteLocale ?? author?.locale ?? "en") : null,
          nextSteps: u.nextSteps ?? null,
        })
        .returning({ id: s.statusUpdates.id });
      if (update) latestUpdateIds.set(`${p.group}:${p.code}`, update.id);
      if (update && u.confirmedBy) {
        const confirmer = data.people.find((person) => person.key === u.confirmedBy);
        await db.insert(s.statusConfirmations).values({
          updateId: update.id,
          userId: id(personIds, u.confirmedBy, "person"),
          delegation: confirmer?.delegation ?? "RU",
          createdAt: atTime(u.confirmedOn ?? u.date, 120),
        });
      }
      for (const tr of update ? (u.translations ?? []) : []) {
        const note = u.note ? (tr.note ?? null) : null;
        const nextSteps = u.nextSteps ? (tr.nextSteps ?? null) : null;
        await db.insert(s.statusUpdateTranslations).values({
          updateId: update?.id ?? "",
          locale: tr.locale,
          note,
          nextSteps,
          translatedById: id(personIds, tr.by, "person"),
          translatedAt: atTime(tr.on, 90),
          // What it was translated from, as lib/projects/status-updates/queries.ts hashes it.
          sourceHash: createHash("sha256")
            .update(`${u.note ?? ""}\u001f${u.nextSteps ?? ""}`, "utf8")
            .digest("hex"),
        });
      }
      previous = u;
    }
    return row.id;
  }

  for (const m of data.meetings) {
    const meetingId = id(meetingIds, `${m.group}:${m.number}`, "meeting");
    for (const [position, item] of m.agenda.entries()) {
      const [row] = await tx
        .insert(s.agendaItems)
        .values({ meetingId, position: position + 1, ...l10n("title", item.title) })
        .returning({ id: s.agendaItems.id });
      const links = (item.projects ?? []).map((code) => ({
        agendaItemId: row?.id ?? "",
        projectId: id(projectIds, `${m.group}:${code}`, "project"),
      }));
      if (links.length) await tx.insert(s.agendaItemProjects).values(links);
    }
    if (m.decisions.length) {
      await tx.insert(s.decisions).values(
        m.decisions.map((d, position) => ({
          meetingId,
          position: position + 1,
          ...l10n("text", d.text),
          projectId: d.project ? id(projectIds, `${m.group}:${d.project}`, "project") : null,
        })),
      );
    }
  }

  for (const plan of [...data.plans].sort((a, b) => a.number - b.number)) {
    const groupId = id(groupIds, plan.group, "group");
    const [row] = await tx
      .insert(s.workPlans)
      .values({
        groupId,
        number: plan.number,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
      })
      .returning({ id: s.workPlans.id });
    if (!row) throw new Error("plan insert failed");
    const members = data.projects.filter(
      (p) => p.group === plan.group && p.plans.includes(plan.number),
    );
    if (members.length) {
      await tx.insert(s.workPlanProjects).values(
        members.map((p) => ({
          planId: row.id,
          groupId,
          projectId: id(projectIds, `${p.group}:${p.code}`, "project"),
          carriedOver: p.plans.some((n) => n < plan.number),
        })),
      );
    }
    if (plan.state !== "draft") {
      const approvedAtMeetingId = plan.approvedAtMeeting
        ? id(meetingIds, `${plan.group}:${plan.approvedAtMeeting}`, "meeting")
        : null;
      const successor = data.plans.find(
        (p) => p.group === plan.group && p.number === plan.number + 1,
      );
      await tx
        .update(s.workPlans)
        .set({
          state: plan.state,
          approvedOn: plan.approvedOn ?? null,
          approvedAtMeetingId,
          supersededAt:
            plan.state === "superseded" && successor?.approvedOn
              ? atTime(successor.approvedOn, 0)
              : null,
        })
        .where(eq(s.workPlans.id, row.id));
    }
  }

  let actionItemRows: {
    id: string;
    meetingId: string | null;
    ownerId: string | null;
    projectId: string | null;
  }[] = [];
  if (data.actionItems.length) {
    actionItemRows = await tx
      .insert(s.actionItems)
      .values(
        data.actionItems.map((a) => {
          const meeting = data.meetings.find((m) => m.group === a.group && m.number === a.meeting);
          const created = meeting && meeting.endsOn !== "next" ? meeting.endsOn : isoDay(now);
          return {
            groupId: id(groupIds, a.group, "group"),
            meetingId: id(meetingIds, `${a.group}:${a.meeting}`, "meeting"),
            projectId: a.project ? id(projectIds, `${a.group}:${a.project}`, "project") : null,
            ...l10n("text", a.text),
            ownerId: id(personIds, a.owner, "person"),
            dueOn: a.due === "before-next-meeting" ? next.dueBefore : a.due,
            doneAt: a.doneOn ? atTime(a.doneOn, 0) : null,
            doneById: a.doneOn ? id(personIds, a.owner, "person") : null,
            createdAt: atTime(created, 60),
          };
        }),
      )
      .returning({
        id: s.actionItems.id,
        meetingId: s.actionItems.meetingId,
        ownerId: s.actionItems.ownerId,
        projectId: s.actionItems.projectId,
      });
  }

  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  if (data.comments.length) {
    await tx.insert(s.comments).values(
      data.comments.map((c) => ({
        projectId: id(projectIds, `${c.group}:${c.project}`, "project"),
        groupId: id(groupIds, c.group, "group"),
        authorId: id(personIds, c.author, "person"),
        body: c.body,
        locale: c.locale,
        createdAt: hoursAgo(c.hoursAgo),
      })),
    );
  }

  if (data.notifications.length) {
    await tx.insert(s.notifications).values(
      data.notifications.map((n) => {
        const userId = id(personIds, n.to, "person");
        const projectId = n.project ? id(projectIds, `${n.group}:${n.project}`, "project") : null;
        const meetingId =
          n.meeting === undefined ? null : id(meetingIds, `${n.group}:${n.meeting}`, "meeting");
        const item = n.actionItem
          ? actionItemRows.find(
              (row) =>
                row.ownerId === userId &&
                row.meetingId ===
                  id(meetingIds, `${n.group}:${n.actionItem?.meeting}`, "meeting") &&
                row.projectId === id(projectIds, `${n.group}:${n.actionItem?.project}`, "project"),
            )
          : undefined;
        if (n.actionItem && !item) throw new Error(`demo data: no action item for ${n.to}`);
        const createdAt = hoursAgo(n.hoursAgo);
        return {
          userId,
          groupId: id(groupIds, n.group, "group"),
          kind: n.kind,
          actorId: n.actor ? id(personIds, n.actor, "person") : null,
          projectId,
          meetingId: meetingId ?? item?.meetingId ?? null,
          actionItemId: item?.id ?? null,
          statusUpdateId: n.latestUpdate
            ? id(latestUpdateIds, `${n.group}:${n.project}`, "status update")
            : null,
          params: n.reminder
            ? {
                projects: n.reminder.projects.map((code) =>
                  id(projectIds, `${n.group}:${code}`, "project"),
                ),
                cutoff: next.startsOn,
                audience: n.reminder.audience,
              }
            : {},
          // Written as if before mail was set up: shown in the app, never mailed.
          delivery: "off",
          readAt: n.read ? new Date(createdAt.getTime() + 3_600_000) : null,
          createdAt,
        };
      }),
    );
  }
}
