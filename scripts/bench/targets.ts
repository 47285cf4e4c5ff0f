/**
 * What the bench measures. Each target names its URL and its floor queries: the same domain
 * functions the page or route calls, run directly against the database (lib/…), so the ratio
 * page time ÷ (empty page + queries) shows what the app adds on top of the database.
 */
import { sql } from "drizzle-orm";
import { type DatabaseHandle, queryRows } from "@/db/client";
import { executeAs } from "@/lib/actions/execute";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { loadViewer } from "@/lib/auth/viewer";
import { buildBrief } from "@/lib/brief/queries";
import { loadDashboard } from "@/lib/dashboard/queries/dashboard";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import { DEFAULT_FILTERS, parseProjectFilters } from "@/lib/projects/list/input";
import { getListOptions, listProjects } from "@/lib/projects/list/queries";
import { getProjectDetail } from "@/lib/projects/queries";
import { postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { getProjectHistory } from "@/lib/projects/status-updates/queries";
import { exportProjectRows } from "@/lib/spreadsheets/export/queries";
import type { BenchWorld } from "./world";

export type TargetKind = "page" | "write" | "file";

export interface Target {
  name: string;
  label: string;
  kind: TargetKind;
  path: string;
  /** For writes: the requests autocannon sends (one project per client). */
  post?: PostPlan;
  /** The page's own queries, as the page runs them. */
  queries?: (handle: DatabaseHandle) => Promise<unknown>;
  /** Measure first-load JavaScript and HTML in Chromium. */
  browser?: boolean;
}

export interface PostPlan {
  projects: { code: string; version: number }[];
  body: (version: number, n: number) => Record<string, unknown>;
}

/** The empty signed-in page: the group's shell, the viewer's query, nothing else (app/bench/empty). */
export const FLOOR_PATH = (world: BenchWorld) => `/bench/empty?group=${world.slug}`;

const today = () => new Date().toISOString().slice(0, 10);

/** The listed filters of the project list the bench measures. */
export const LIST_QUERIES = {
  list: "",
  "list-filtered": "?status=in_progress&onesided=1&sort=updated&dir=desc",
  "list-search": (q: string) => `?q=${encodeURIComponent(q)}`,
};

const STATUSES = ["in_progress", "planned"] as const;

/** A plausible status update; `n` varies the progress so that every post changes something. */
export function updateBody(version: number, n: number) {
  const status = STATUSES[n % 2] as (typeof STATUSES)[number];
  return {
    version,
    status,
    health: "on_track",
    progress: String(n % 100),
    note: "Benchmark update: the partners met and agreed the next steps.",
    noteLocale: "en",
  };
}

export function buildTargets(world: BenchWorld, options: { quick: boolean }): Target[] {
  const g = `/g/${world.slug}`;
  const scope = (locale: "nb" | "ru" | "en" = "nb") => ({
    groupId: world.groupId,
    userId: world.userId,
    today: today(),
    locale,
  });
  const list = (query: string) => async (handle: DatabaseHandle) => {
    const params = Object.fromEntries(new URLSearchParams(query));
    const filters = parseProjectFilters(params);
    return Promise.all([
      listProjects(handle.db, scope(), filters),
      getListOptions(handle.db, world.groupId),
    ]);
  };
  const largest = [...world.groups].sort((a, b) => b.projects - a.projects)[0];
  const brief = `${g}/meetings/${world.meetingNumber}/brief`;
  const briefQueries = (handle: DatabaseHandle) =>
    buildBrief(handle.db, { groupId: world.groupId, meetingNumber: world.meetingNumber });
  let floorVersion = world.floorPostProject.version;
  let floorPosts = 0;
  const targets: Target[] = [
    {
      name: "dashboard",
      label: `dashboard (${world.groupProjects} projects)`,
      kind: "page",
      path: g,
      browser: true,
      queries: (handle) => loadDashboard(handle.db, scope(), { plan: undefined, side: undefined }),
    },
    {
      name: "list",
      label: "project list, 50 rows",
      kind: "page",
      path: `${g}/projects`,
      browser: true,
      queries: list(""),
    },
    {
      name: "list-filtered",
      label: "list: in progress, one side only, by last update",
      kind: "page",
      path: `${g}/projects${LIST_QUERIES["list-filtered"]}`,
      browser: true,
      queries: list(LIST_QUERIES["list-filtered"]),
    },
    {
      name: "list-search",
      label: `list: search "${world.search.q}" (${world.search.hits} hits)`,
      kind: "page",
      path: `${g}/projects${LIST_QUERIES["list-search"](world.search.q)}`,
      browser: true,
      queries: list(LIST_QUERIES["list-search"](world.search.q)),
    },
    {
      name: "project",
      label: `project page (${world.historyProject.updates} updates)`,
      kind: "page",
      path: `${g}/projects/${encodeURIComponent(world.historyProject.code)}`,
      browser: true,
      queries: async (handle) => {
        const detail = await getProjectDetail(handle.db, world.groupId, world.historyProject.code);
        return getProjectHistory(handle.db, world.groupId, detail?.id ?? "");
      },
    },
    {
      name: "post",
      label: "post a status update (JSON route)",
      kind: "write",
      path: `/api${g}/projects/{code}/status-updates`,
      post: { projects: world.postProjects, body: updateBody },
      queries: async (handle) => {
        const [user] = await queryRows<{ session_version: number }>(
          handle.db,
          sql`select session_version from users where id = ${world.userId}`,
        );
        const now = Math.floor(Date.now() / 1000);
        const viewer = await loadViewer(handle.db, {
          userId: world.userId,
          sessionVersion: user?.session_version ?? 0,
          signedInAt: now,
          nowSeconds: now,
          maxAgeSeconds: SESSION_MAX_AGE_SECONDS,
        });
        const result = await executeAs(handle.db, viewer, postStatusUpdate, {
          projectId: world.floorPostProject.id,
          ...updateBody(floorVersion, floorPosts++),
        });
        if (result.status !== "success") throw new Error(`direct post: ${JSON.stringify(result)}`);
        floorVersion = (result.data as { version: number }).version;
        return result;
      },
    },
    {
      name: "brief",
      label: `meeting brief page (${world.groupProjects} projects)`,
      kind: "page",
      path: brief,
      browser: true,
      queries: briefQueries,
    },
    {
      name: "brief-pdf",
      label: "meeting brief PDF (nb)",
      kind: "file",
      path: `${brief}/pdf?lang=nb`,
      queries: briefQueries,
    },
    {
      name: "brief-pdf-nb-ru",
      label: "meeting brief PDF (nb + ru side by side)",
      kind: "file",
      path: `${brief}/pdf?lang=nb-ru`,
      queries: briefQueries,
    },
    {
      name: "brief-docx",
      label: "meeting brief DOCX (nb)",
      kind: "file",
      path: `${brief}/docx?lang=nb`,
      queries: briefQueries,
    },
    {
      name: "brief-docx-nb-ru",
      label: "meeting brief DOCX (nb + ru)",
      kind: "file",
      path: `${brief}/docx?lang=nb-ru`,
      queries: briefQueries,
    },
  ];
  if (largest) {
    for (const format of ["csv", "xlsx"] as const) {
      targets.push({
        name: `export-${format}`,
        label: `${format.toUpperCase()} export, ${largest.slug} (${largest.projects} projects)`,
        kind: "file",
        path: `/g/${largest.slug}/projects/export/${format}`,
        queries: async (handle) => {
          const [group] = await queryRows<{ id: string }>(
            handle.db,
            sql`select id from working_groups where slug = ${largest.slug}`,
          );
          return exportProjectRows(
            handle.db,
            { ...scope(), groupId: group?.id ?? "", timeZone: timeZoneFor("NO") },
            DEFAULT_FILTERS,
          );
        },
      });
    }
  }
  if (options.quick) return targets.filter((t) => !t.name.endsWith("nb-ru"));
  return targets;
}
