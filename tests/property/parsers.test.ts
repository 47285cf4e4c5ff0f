import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { passwordLinkRoute } from "@/lib/account/links/handlers";
import { actionItemFiltersToQuery, parseActionItemFilters } from "@/lib/action-items/input";
import { countActionItems, listActionItems } from "@/lib/action-items/queries";
import { getGroupForAdmin, listAreas } from "@/lib/admin/groups/queries";
import { parseUserFilters } from "@/lib/admin/users/input";
import { getUserForAdmin, listUsers } from "@/lib/admin/users/queries";
import { parseAuditFilters } from "@/lib/audit/input";
import { listAuditEvents } from "@/lib/audit/queries";
import { buildMinutes } from "@/lib/brief/minutes/queries";
import { buildBrief } from "@/lib/brief/queries";
import { buildReport } from "@/lib/brief/report/queries";
import { calendarFeed } from "@/lib/calendar/queries";
import { loadDashboard } from "@/lib/dashboard/queries/dashboard";
import { parseDashboardParams } from "@/lib/dashboard/rules";
import {
  parseMeetingNumber as parseDocumentMeetingNumber,
  parseMeetingNumber,
} from "@/lib/meetings/input";
import { getMeetingDetail } from "@/lib/meetings/queries";
import { comparePlans, getPlan } from "@/lib/plans/queries";
import { filtersToQuery, parseProjectFilters } from "@/lib/projects/list/input";
import { countProjects, listProjects } from "@/lib/projects/list/queries";
import { getProjectByCode, getProjectDetail } from "@/lib/projects/queries";
import { getProjectHistory } from "@/lib/projects/status-updates/queries";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import {
  anyText,
  badDate,
  badId,
  badNumber,
  hostileText,
  storableHostileText,
} from "./arbitraries";
import { CATALOGUE } from "./catalogue";
import { brief, discoverActions, holds } from "./oracle";
import { buildWorld, type World } from "./world";

let t: TestDatabase;
let w: World;

/**
 * The world, plus what hostile users leave behind: projects, updates, meetings and audit rows
 * full of hostile (but storable) text and dates at the edges, written through the real actions.
 */
beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildWorld(t.db);
  const actions = await discoverActions();
  const texts = fc.sample(
    storableHostileText.filter((s) => s.trim().length > 0 && s.length < 150),
    { numRuns: 40, seed: 7 },
  );
  const run = async (name: string, patch: Record<string, unknown>) => {
    const entry = CATALOGUE[name]?.text;
    const action = actions.get(name);
    if (!entry || !action) throw new Error(name);
    const answer = await action.execute(w.db, w.actor, { ...(await entry.input(w)), ...patch });
    if (answer.status !== "success") throw new Error(`${name}: ${brief(answer)}`);
  };
  for (const [i, text] of texts.slice(0, 8).entries()) {
    const [start, end] = i % 2 ? ["0001-01-01", "9999-12-31"] : ["2018-02-28", "2018-03-01"];
    await run("project.create", {
      titleNb: text,
      summaryRu: texts[i + 8],
      leadOrgNo: texts[i + 16],
      plannedStart: start,
      plannedEnd: end,
      partners: texts[i + 24],
    });
    await run("project.postStatusUpdate", { note: texts[i + 1], nextSteps: texts[i + 2] });
    await run("agenda.add", { titleEn: texts[i + 3] });
    await run("action_item.create", {
      textRu: texts[i + 4],
      dueOn: i % 2 ? "9999-12-31" : "0001-01-01",
    });
    await run("decision.add", { textNb: texts[i + 5] });
  }
  await run("minutes.update", { minutesEn: texts[30] });
});
afterAll(async () => {
  await t?.destroy();
});

type Params = Record<string, string | string[] | undefined>;

/** What a decoded URL can hold: well-formed text (a broken escape decodes to U+FFFD). */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\ufffd");

/** URL parameters as Next.js hands them over: strings, repeated keys as arrays, hostile values. */
function searchParams(keys: string[]): fc.Arbitrary<Params> {
  const value = fc
    .oneof(
      { weight: 4, arbitrary: anyText },
      { weight: 2, arbitrary: badNumber.map(String) },
      { weight: 2, arbitrary: badDate.map(String) },
      { weight: 2, arbitrary: badId(w.knownIds).map(String) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "1",
          "0",
          "desc",
          "all",
          "both",
          "NO",
          "RU",
          "me",
          "done",
          "overdue",
        ),
      },
    )
    .map(wellFormed);
  const values = fc.oneof(
    { weight: 4, arbitrary: value },
    { weight: 1, arbitrary: fc.array(value, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const key = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: hostileText.map(wellFormed) },
  );
  return fc.dictionary(key, values, {
    maxKeys: 8,
  });
}

const PROJECT_KEYS = [
  "q",
  "area",
  "status",
  "health",
  "side",
  "plan",
  "mine",
  "overdue",
  "stale",
  "awaiting",
  "onesided",
  "archived",
  "sort",
  "dir",
  "page",
];

/** A path segment as a browser may send it: raw text, percent-encoded, or broken escapes. */
const segment = fc.oneof(
  { weight: 3, arbitrary: anyText },
  {
    weight: 2,
    arbitrary: storableHostileText.map((text) => encodeURIComponent(text)),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "%00",
      "2018-01%00",
      "%ZZ",
      "%",
      "%E0%A4%A",
      "%ED%A0%80",
      "%C0%AF",
      "..%2F..%2Fetc%2Fpasswd",
      "2018-01",
      "2018%2D01",
      "2018-01%20",
      " 2018-01",
      "1",
      "007",
      "1e3",
      "999999",
      "1000000",
      "-1",
      "0",
    ),
  },
);

const decoded = (raw: string) => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
};

const scope = () => ({
  groupId: w.ids.group,
  userId: w.ids.delegateNo,
  today: "2019-03-15",
  locale: "ru" as const,
});

describe(`URL filters and route parameters never break a page (${testBackend()})`, () => {
  it("project list: any parameters parse, list and count; the URL built from them parses back the same", async () => {
    await holds(
      "project filters",
      fc.asyncProperty(searchParams(PROJECT_KEYS), async (params) => {
        const filters = parseProjectFilters(params);
        await listProjects(w.db, scope(), filters);
        await countProjects(w.db, scope(), filters);
        const again = parseProjectFilters(Object.fromEntries(groupParams(filtersToQuery(filters))));
        expect(again).toEqual(filters);
      }),
    );
  });

  it("action items: any parameters parse, list and count; the URL built from them parses back the same", async () => {
    await holds(
      "action item filters",
      fc.asyncProperty(
        searchParams([...PROJECT_KEYS, "state", "owner", "general"]),
        async (params) => {
          const filters = parseActionItemFilters(params);
          await listActionItems(w.db, scope(), filters);
          await countActionItems(w.db, scope(), filters);
          const again = parseActionItemFilters(
            Object.fromEntries(groupParams(actionItemFiltersToQuery(filters))),
          );
          expect(again).toEqual(filters);
        },
      ),
    );
  });

  it("dashboard, commission report: any parameters, any period", async () => {
    await holds(
      "dashboard and report",
      fc.asyncProperty(searchParams(["plan", "side", "from", "to"]), async (params) => {
        await loadDashboard(w.db, scope(), parseDashboardParams(params));
        const first = (v: Params[string]) => (Array.isArray(v) ? v[0] : v);
        const report = await buildReport(w.db, {
          groupId: w.ids.group,
          from: first(params.from),
          to: first(params.to),
          today: "2019-03-15",
        });
        expect(report).not.toBeNull();
      }),
    );
  });

  it("audit log and user administration: any parameters, for a group and for the installation", async () => {
    await holds(
      "audit and user filters",
      fc.asyncProperty(
        searchParams(["actor", "project", "action", "page", "q", "status"]),
        async (params) => {
          const filters = parseAuditFilters(params);
          await listAuditEvents(w.db, w.ids.group, filters);
          await listAuditEvents(w.db, null, filters);
          await listUsers(w.db, parseUserFilters(params));
        },
      ),
    );
  });

  it("project pages: any code segment is a project or a 404", async () => {
    await holds(
      "project code",
      fc.asyncProperty(segment, async (raw) => {
        const code = decoded(raw);
        if (code === null) return; // the pages answer 404 for a segment that does not decode
        const detail = await getProjectDetail(w.db, w.ids.group, code);
        const row = await getProjectByCode(w.db, w.ids.group, code);
        expect(detail?.id ?? null).toBe(row?.id ?? null);
        if (detail) await getProjectHistory(w.db, w.ids.group, detail.id);
      }),
    );
  });

  it("meeting, brief, minutes and plan pages: any number segment and cut-off is a page or a 404", async () => {
    await holds(
      "meeting numbers and cut-offs",
      fc.asyncProperty(
        segment,
        fc.option(fc.oneof(anyText, badDate.map(String))),
        async (raw, cutoff) => {
          const number = parseMeetingNumber(raw);
          if (number !== null) await getMeetingDetail(w.db, w.ids.group, number);
          const documentNumber = parseDocumentMeetingNumber(raw);
          if (documentNumber !== null) {
            await buildBrief(w.db, { groupId: w.ids.group, meetingNumber: documentNumber, cutoff });
            await buildMinutes(w.db, { groupId: w.ids.group, meetingNumber: documentNumber });
          }
          // The meetings the world holds, with any cut-off.
          for (const meetingNumber of [3, 4, 6])
            expect(
              await buildBrief(w.db, { groupId: w.ids.group, meetingNumber, cutoff }),
            ).not.toBeNull();
          if (/^\d{1,6}$/.test(raw)) {
            await getPlan(w.db, w.ids.group, Number(raw));
            await comparePlans(w.db, w.ids.group, Number(raw), 1);
          }
        },
      ),
    );
  });

  it("links from mail: any reset or calendar token never issued is a 404, never an error", async () => {
    const token = fc.oneof(
      segment,
      // The shape of a real token, but never issued.
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    );
    await holds(
      "password and calendar link tokens",
      fc.asyncProperty(token, async (raw) => {
        const value = decoded(raw);
        if (value === null) return;
        const request = new Request("https://workplan.example.org/reset-password/x", {
          headers: { "accept-language": "ru" },
        });
        const response = await passwordLinkRoute(w.db as Database, request, value);
        expect(response.status).toBe(404);
        expect(await response.text()).toContain('lang="ru"');
        expect(await calendarFeed(w.db, value.replace(/\.ics$/, ""), "2020-01-01")).toBeNull();
      }),
    );
  });

  it("administration pages: any id segment is a record or a 404", async () => {
    await holds(
      "admin ids",
      fc.asyncProperty(fc.oneof(segment, badId(w.knownIds).map(String)), async (raw) => {
        const id = decoded(raw);
        if (id === null) return;
        const [group, areas] = await Promise.all([getGroupForAdmin(w.db, id), listAreas(w.db, id)]);
        if (!group) expect(areas).toEqual([]);
        await getUserForAdmin(w.db, id);
      }),
    );
  });
});

/** A query string as Next.js hands it to a page: repeated keys become arrays. */
function groupParams(query: string): [string, string | string[]][] {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(query))
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  return [...grouped].map(([key, values]) => [
    key,
    values.length === 1 ? (values[0] as string) : values,
  ]);
}
