/**
 * `npm run seed:large`: a large, realistic, deterministic data set next to the demo data —
 * working groups "large-01" … with their areas, users, meetings, work plans, projects and a
 * long status history. Everything derives from a fixed seed and a fixed reference date, so
 * every run writes the same data (ids included); only the password hash has its own salt.
 *
 * Speed: the rows are generated in memory (the history simulated per project) and written
 * with COPY in one transaction; the status updates stream into PostgreSQL while they are
 * generated. A second run finds the data set present and changes nothing.
 */
import type { DatabaseHandle } from "../../client";
import { DEMO_PASSWORD } from "../demo-accounts";
import { buildComments, buildMeetingContent } from "./activity";
import { inTransaction, type Loader } from "./copy";
import { buildPlans } from "./plans";
import { buildProjects, type ProjectSpec, settleMilestones, simulate } from "./projects";
import {
  actionItemRows,
  agendaProjectRows,
  agendaRows,
  areaRows,
  attendeeRows,
  COLUMNS,
  columnsOf,
  commentRows,
  decisionRows,
  groupRows,
  meetingRows,
  membershipRows,
  milestoneRows,
  planProjectRows,
  planRows,
  projectPlaceRows,
  projectRows,
  type Table,
  updateRows,
  userRows,
} from "./rows";
import { checkScale, type LargeScale } from "./scale";
import { isoDay, isoTime, parseDay } from "./time";
import { buildWorld, COORDINATOR_EMAIL, GROUP_SLUG_PREFIX } from "./world";

export const LARGE_SETTING = "large_data";
export const DEFAULT_SEED = "workplan-large-v1";
/** The data set's "today": histories end before it, planned meetings lie after it. */
export const DEFAULT_AS_OF = "2026-11-27";
export const FIRST_GROUP_SLUG = `${GROUP_SLUG_PREFIX}01`;
export { COORDINATOR_EMAIL };

export interface SeedLargeOptions {
  scale: LargeScale;
  /** The app's password hashing, passed in (db/ uses no lib/). */
  hashPassword: (password: string) => Promise<string>;
  seed?: string;
  /** ISO date the data set is generated for (default DEFAULT_AS_OF); not in the future. */
  asOf?: string;
  log?: (line: string) => void;
}

export interface TableTiming {
  table: string;
  rows: number;
  ms: number;
}

export interface SeedLargeResult {
  seeded: boolean;
  timings: TableTiming[];
  totalMs: number;
}

const fmt = (n: number) => n.toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** True when the large data set (or anything in its place) is already there. */
export async function largeDataPresent(loader: Pick<Loader, "query">): Promise<boolean> {
  const rows = await loader.query<{ n: number }>(
    `select (select count(*) from settings where key = $1)::int
          + (select count(*) from working_groups where slug = $2)::int as n`,
    [LARGE_SETTING, FIRST_GROUP_SLUG],
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

export async function seedLarge(
  handle: DatabaseHandle,
  options: SeedLargeOptions,
): Promise<SeedLargeResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const { scale } = options;
  checkScale(scale);
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = parseDay(options.asOf ?? DEFAULT_AS_OF);
  if (asOf > Date.now()) throw new Error(`the reference date ${isoDay(asOf)} is in the future`);

  const present = await inTransaction(handle, (loader) => largeDataPresent(loader));
  if (present) return { seeded: false, timings: [], totalMs: Date.now() - started };

  // One hash for every generated user: argon2id takes ~30 ms a hash, so hashing 2,000
  // passwords separately would add about a minute for nothing (they are all "workplan-demo").
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);

  let mark = Date.now();
  const world = buildWorld(seed, scale, asOf);
  const projects = buildProjects(world, scale.statusUpdates);
  const byGroup = new Map<number, ProjectSpec[]>();
  for (const p of projects) {
    p.history = simulate(p, seed, asOf);
    settleMilestones(p, seed, asOf);
    const list = byGroup.get(p.group.index) ?? [];
    list.push(p);
    byGroup.set(p.group.index, list);
  }
  const plans = buildPlans(world, byGroup);
  const meetings = buildMeetingContent(world, byGroup, plans);
  const comments = buildComments(world, projects);
  const timings: TableTiming[] = [{ table: "(generate)", rows: 0, ms: Date.now() - mark }];
  log(`generated the data set in ${seconds(Date.now() - mark)}`);

  const seeded = await inTransaction(handle, async (loader) => {
    // Serialise with other seeders (the demo seed takes the same lock).
    await loader.query("select pg_advisory_xact_lock(hashtext('workplan.seed'))");
    if (await largeDataPresent(loader)) return false;

    const copy = async (table: Table, rows: Iterable<string>) => {
      const t0 = Date.now();
      const count = await loader.copy(table, columnsOf(table), rows);
      const ms = Date.now() - t0;
      timings.push({ table, rows: count, ms });
      log(`${table.padEnd(22)} ${fmt(count).padStart(9)} rows  ${seconds(ms).padStart(8)}`);
    };

    await copy("working_groups", groupRows(world));
    await copy("users", userRows(world, passwordHash));
    await copy("memberships", membershipRows(world));
    await copy("cooperation_areas", areaRows(world));
    await copy("meetings", meetingRows(world, meetings));
    await copy("meeting_attendees", attendeeRows(meetings));
    await copy("projects", projectRows(projects));
    const placeIds = new Map(
      (await loader.query<{ id: string; key: string }>("select id, key from places")).map((p) => [
        p.key,
        p.id,
      ]),
    );
    await copy("project_places", projectPlaceRows(projects, placeIds));
    await copy("milestones", milestoneRows(projects));

    // Plans go in as drafts with their projects, then are approved or superseded: the list
    // of a plan that is no longer a draft is frozen by a trigger.
    await copy("work_plans", planRows(plans));
    await copy("work_plan_projects", planProjectRows(plans));
    const t0 = Date.now();
    // Superseded first: a group never has two approved plans, not even for a moment.
    for (const state of ["superseded", "approved"] as const)
      for (const plan of plans.filter((p) => p.state === state))
        await loader.query(
          "update work_plans set state = $1, approved_on = $2, superseded_at = $3 where id = $4",
          [
            plan.state,
            plan.approvedOn === null ? null : isoDay(plan.approvedOn),
            plan.supersededAt === null ? null : isoTime(plan.supersededAt),
            plan.id,
          ],
        );
    timings.push({ table: "work_plans (approve)", rows: 0, ms: Date.now() - t0 });

    const confirmations: string[] = [];
    let written = 0;
    const progress = () => {
      if (++written % 100_000 === 0 && written < scale.statusUpdates)
        log(`  … ${fmt(written)} of ${fmt(scale.statusUpdates)} status updates`);
    };
    await copy("status_updates", updateRows(seed, projects, confirmations, progress));
    await copy("status_confirmations", confirmations);
    await copy("agenda_items", agendaRows(meetings));
    await copy("agenda_item_projects", agendaProjectRows(meetings));
    await copy("decisions", decisionRows(meetings));
    await copy("action_items", actionItemRows(meetings));
    await copy("comments", commentRows(comments));

    const marker = { seed, asOf: isoDay(asOf), scale, coordinator: COORDINATOR_EMAIL };
    await loader.query("insert into settings (key, value) values ($1, $2::jsonb)", [
      LARGE_SETTING,
      JSON.stringify(marker),
    ]);
    await loader.query(
      "insert into audit_events (action, entity_type, after) values ('demo.large_seeded', 'installation', $1::jsonb)",
      [JSON.stringify(marker)],
    );
    return true;
  });
  if (!seeded) return { seeded: false, timings, totalMs: Date.now() - started };

  // Fresh statistics, so the first queries after the load get good plans.
  mark = Date.now();
  await inTransaction(handle, (loader) =>
    loader.query(`analyze ${Object.keys(COLUMNS).join(", ")}`),
  );
  timings.push({ table: "(analyze)", rows: 0, ms: Date.now() - mark });
  log(`${"analyze".padEnd(22)} ${"".padStart(9)}       ${seconds(Date.now() - mark).padStart(8)}`);
  return { seeded: true, timings, totalMs: Date.now() - started };
}
