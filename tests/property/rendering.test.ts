import { readFileSync } from "node:fs";
import fc from "fast-check";
import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AuditTable } from "@/components/audit/audit-table";
import { MeetingItemsSection } from "@/components/meetings/items/section";
import { History } from "@/components/projects/history";
import { ProjectHeader } from "@/components/projects/project-header";
import type { GuardedAction } from "@/lib/actions/guard";
import { parseAuditFilters } from "@/lib/audit/input";
import { listAuditEvents } from "@/lib/audit/queries";
import { getMeetingDetail } from "@/lib/meetings/queries";
import { getProjectDetail } from "@/lib/projects/queries";
import { getProjectHistory } from "@/lib/projects/status-updates/queries";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { BIDI_CONTROLS, EMOJI, HTML_PAYLOADS, storableHostileText } from "./arbitraries";
import { CATALOGUE } from "./catalogue";
import { brief, discoverActions, holds } from "./oracle";
import { buildWorld, type World } from "./world";

// The editors these sections can show import server actions, and those Auth.js, which needs a
// Next.js server; rendering for reading calls none of them.
vi.mock("@/lib/auth/next-auth", () => ({
  auth: async () => null,
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: {},
}));

let t: TestDatabase;
let w: World;
let actions: Map<string, GuardedAction<never, unknown>>;
const messages = JSON.parse(readFileSync("messages/en.json", "utf8"));

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildWorld(t.db);
  actions = await discoverActions();
});
afterAll(async () => {
  await t?.destroy();
});

/** Stores text through a real action (as a user would), returning what the action answered. */
async function store(name: string, patch: Record<string, unknown>) {
  const entry = CATALOGUE[name]?.text;
  const action = actions.get(name);
  if (!entry || !action) throw new Error(name);
  const input = { ...(await entry.input(w)), ...patch };
  const answer = await action.execute(w.db, w.actor, input);
  if (answer.status !== "success") throw new Error(`${name}: ${brief(answer)}`);
  return { input, data: answer.data as Record<string, unknown> };
}

type IntlProps = ComponentProps<typeof NextIntlClientProvider>;

function render(element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: "en", messages, timeZone: "Europe/Oslo" } as IntlProps,
      element,
    ),
  );
}

/** How React writes text into HTML. */
const escaped = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#x27;");

/** Markup that would run: script and frame tags, event handler attributes, javascript: links. */
function executable(html: string): string[] {
  const found: string[] = [];
  for (const [name, pattern] of [
    ["script tag", /<script/i],
    ["img tag", /<img/i],
    ["iframe tag", /<iframe/i],
    ["style tag", /<style/i],
    ["event handler", /<[a-z][^>]*\son[a-z]+\s*=/i],
    ["javascript: URL", /\s(href|src|action|formaction)\s*=\s*"\s*javascript:/i],
  ] as const)
    if (pattern.test(html)) found.push(name);
  return found;
}

/** Hostile text short enough to be shown whole everywhere (the audit viewer cuts at 80). */
const shownText = fc
  .tuple(
    fc.constantFrom(...HTML_PAYLOADS),
    storableHostileText,
    fc.constantFrom(...BIDI_CONTROLS, ...EMOJI),
  )
  .map(([payload, noise, mark]) => `${payload}${mark}${noise}`.slice(0, 70).trim())
  .filter((text) => text.length > 0 && !/[\uD800-\uDFFF]$/.test(text));

describe(`stored hostile text is shown as text, never as markup (${testBackend()})`, () => {
  it("status update notes in the project history, project titles in the header, agenda titles, audit values", async () => {
    await holds(
      "rendering",
      fc.asyncProperty(shownText, async (text) => {
        // Through the real actions, as users would store it.
        const update = await store("project.postStatusUpdate", { note: text, nextSteps: text });
        const created = await store("project.create", { titleEn: text, titleNb: "", titleRu: "" });
        const agenda = await store("agenda.add", { titleEn: text, titleNb: "", titleRu: "" });
        const shown = text.trim();

        const projectId = String(update.input.projectId);
        const history = await getProjectHistory(w.db, w.ids.group, projectId);
        const historyHtml = render(
          createElement(History, {
            entries: history.entries,
            truncated: history.truncated,
            locale: "en",
            latestUpdateId: null,
            awaiting: null,
          }),
        );

        const project = await getProjectDetail(w.db, w.ids.group, String(created.data.code));
        if (!project) throw new Error("created project not found");
        const headerHtml = render(
          createElement(ProjectHeader, {
            project,
            locale: "en",
            basePath: `/g/${w.group.slug}/projects`,
            overdue: false,
            canManage: true,
          }),
        );

        const meeting = await getMeetingDetail(
          w.db,
          w.ids.group,
          await meetingNumber(agenda.input),
        );
        if (!meeting) throw new Error("meeting not found");
        const agendaHtml = render(
          createElement(MeetingItemsSection<"agenda">, {
            kind: "agenda",
            items: meeting.agenda,
            editor: null,
            groupPath: `/g/${w.group.slug}`,
            locale: "en",
          }),
        );

        const audit = await listAuditEvents(w.db, w.ids.group, parseAuditFilters({}));
        const auditHtml = render(
          createElement(AuditTable, {
            rows: audit.rows,
            groupPath: (slug: string) => `/g/${slug}`,
          }),
        );

        // Meeting texts are stored with line breaks normalised (CRLF → LF).
        const asMeetingText = shown.replace(/\r\n?/g, "\n");
        for (const [where, html, expected] of [
          ["history", historyHtml, shown],
          ["project header", headerHtml, shown],
          ["agenda", agendaHtml, asMeetingText],
          ["audit log", auditHtml, shown],
          ["audit log", auditHtml, asMeetingText],
        ] as const) {
          expect(html, where).toContain(escaped(expected));
          expect(executable(html), where).toEqual([]);
        }
      }),
      { numRuns: 12 },
    );
  });
});

async function meetingNumber(input: Record<string, unknown>): Promise<number> {
  const { meetings } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const [row] = await w.db
    .select({ number: meetings.number })
    .from(meetings)
    .where(eq(meetings.id, String(input.meetingId)));
  if (!row) throw new Error("meeting not found");
  return row.number;
}
