import type { Kind, LoadClient, Sample, UpdateOutcome } from "./client";
import type { LoadUser } from "./database";

const GROUP = "/g/regional-cooperation";
const LIST_FILTERS = [
  "",
  "?status=in_progress",
  "?health=at_risk&health=off_track",
  "?q=Murmansk",
  "?q=%D0%9C%D1%83%D1%80%D0%BC%D0%B0%D0%BD%D1%81%D0%BA",
  "?side=NO&sort=updated",
  "?stale=1",
  "?overdue=1&sort=end",
];
const HEALTHS = ["on_track", "at_risk", "off_track"] as const;

export interface Workload {
  clients: { client: LoadClient; user: LoadUser }[];
  codes: string[];
  runId: string;
  updateShare: number;
  clock: () => number;
  /** ms since the start when the clients stop. */
  until: number;
  samples: Sample[];
  updates: UpdateOutcome[];
  /** "dashboard": every client asks for the dashboard only, and posts nothing. */
  mix?: "all" | "dashboard";
}

const pick = <T>(list: readonly T[]): T => {
  const item = list[Math.floor(Math.random() * list.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The version the project page's status form starts from. */
export function versionOnPage(html: string): number | undefined {
  const match = html.match(/name="version"[^>]*value="(\d+)"/);
  return match ? Number(match[1]) : undefined;
}

function pagePath(kind: Exclude<Kind, "update">, code: string): string {
  switch (kind) {
    case "dashboard":
      return GROUP;
    case "projects":
      return `${GROUP}/projects${pick(LIST_FILTERS)}`;
    case "project":
      return `${GROUP}/projects/${code}`;
    case "my":
      return `${GROUP}/my`;
  }
}

function pageKind(): Exclude<Kind, "update"> {
  const r = Math.random();
  return r < 0.25 ? "dashboard" : r < 0.55 ? "projects" : r < 0.85 ? "project" : "my";
}

/**
 * One client: a closed loop (the next request when the last is answered) mixing page reads
 * and, for coordinators, status updates from the version last seen. After a 503 or no answer
 * it waits 250 ms, as a person would, instead of spinning.
 */
async function run(w: Workload, index: number) {
  const entry = w.clients[index];
  if (!entry) return;
  const { client, user } = entry;
  const versions = new Map<string, number>();
  let seq = 0;
  while (w.clock() < w.until) {
    let last: Sample;
    if (w.mix === "dashboard") {
      const { sample } = await client.page("dashboard", GROUP);
      w.samples.push(sample);
      last = sample;
    } else if (user.role === "coordinator" && Math.random() < w.updateShare) {
      const code = pick(w.codes);
      let version = versions.get(code);
      if (version === undefined) {
        const { sample, body } = await client.page("project", `${GROUP}/projects/${code}`);
        w.samples.push(sample);
        version = versionOnPage(body);
        if (version === undefined) {
          if (sample.status !== 200) await sleep(250);
          continue;
        }
      }
      const note = `load ${w.runId} ${index + 1}-${++seq}`;
      const answer = await client.postUpdate(code, {
        version,
        status: "in_progress",
        health: pick(HEALTHS),
        progress: Math.floor(Math.random() * 101),
        note,
        noteLocale: "en",
      });
      w.samples.push(answer.sample);
      w.updates.push(answer.outcome);
      if (answer.outcome.outcome === "accepted" && answer.outcome.version)
        versions.set(code, answer.outcome.version);
      else if (answer.currentVersion) versions.set(code, answer.currentVersion);
      else versions.delete(code);
      last = answer.sample;
    } else {
      const kind = pageKind();
      const code = pick(w.codes);
      const { sample, body } = await client.page(kind, pagePath(kind, code));
      w.samples.push(sample);
      const version = kind === "project" ? versionOnPage(body) : undefined;
      if (version !== undefined) versions.set(code, version);
      last = sample;
    }
    if (last.status === 503 || last.status === 0) await sleep(250);
  }
}

export async function runWorkload(w: Workload): Promise<void> {
  await Promise.all(w.clients.map((_, index) => run(w, index)));
}
