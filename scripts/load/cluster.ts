import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, queryRows } from "@/db/client";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { LoadClient, type Sample } from "./client";
import { GROUP_SLUG } from "./database";
import type { AppServer } from "./server";
import { versionOnPage } from "./workload";

/**
 * What several app servers on one PostgreSQL must show (issue 18): one start-up's migrations and
 * seed, a session and a throttle that hold on every server, an update through one server seen at
 * once on another, mail sent once, and each server taking its share of the requests.
 */

/** Migrations applied once each, the demo seeded once, though every server started at once. */
export async function startedOnce(handle: DatabaseHandle, servers: AppServer[]) {
  const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as {
    entries: unknown[];
  };
  const [applied] = await queryRows<{ n: number; distinct: number }>(
    handle.db,
    sql`select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`,
  );
  const [seeds] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from audit_events where action = 'demo.seeded'`,
  );
  const seededBy = servers.filter((s) => s.log.seeded).map((s) => s.spec.name);
  const result = {
    migrations: journal.entries.length,
    migrationRows: applied?.n ?? 0,
    distinctMigrations: applied?.distinct ?? 0,
    demoSeeds: seeds?.n ?? 0,
    seededBy,
  };
  return {
    ...result,
    ok:
      result.migrationRows === result.migrations &&
      result.distinctMigrations === result.migrations &&
      result.demoSeeds === 1 &&
      seededBy.length === 1,
  };
}

/**
 * Ten wrong passwords for one account, alternating between the servers: the eleventh attempt —
 * with the right password — is refused on whichever server, because the count is in the
 * database, not in a server.
 */
export async function sharedThrottle(servers: AppServer[], email: string) {
  const client = new LoadClient(servers[0]?.base ?? "", email, "en", "", () => 0);
  const answers: string[] = [];
  for (let i = 0; i < 10; i++) {
    const server = servers[i % servers.length];
    if (!server) continue;
    const location = await client.attemptSignIn(server.base, `wrong-${i}`);
    answers.push(
      `${server.spec.name}:${new URL(location, server.base).searchParams.get("code") ?? new URL(location, server.base).searchParams.get("error") ?? "?"}`,
    );
  }
  const results = [];
  for (const server of servers) {
    const location = await client.attemptSignIn(server.base, DEMO_PASSWORD);
    results.push({ server: server.spec.name, throttled: location.includes("code=throttled") });
  }
  return { failures: answers, afterwards: results, ok: results.every((r) => r.throttled) };
}

/** The dashboard's figure for one area and status: the number in its link to the list. */
export function figure(html: string, areaId: string, status: string): number | null {
  for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
    const attributes = (match[1] ?? "").replaceAll("&amp;", "&");
    if (!attributes.includes(`area=${areaId}&`) && !attributes.includes(`area=${areaId}"`))
      continue;
    if (!attributes.includes(`data-figure="status:${status}"`)) continue;
    // The count follows an icon: the link's text without its tags.
    const digits = (match[2] ?? "").replace(/<[^>]*>/g, "").match(/\d+/g);
    return digits ? Number(digits.at(-1)) : null;
  }
  return null;
}

/**
 * An update through server A, then at once the project page and the dashboard from server B
 * (no pause, no cache to wait for): B shows the new version, and the dashboard's count of the
 * project's new status in its area moved by one.
 */
export async function coherence(
  servers: AppServer[],
  user: { email: string },
  code: string,
  target: { areaId: string; status: string; from: string },
) {
  const [a, b] = servers;
  if (!a || !b) return { ok: false, reason: "needs two servers" };
  const client = new LoadClient(a.base, user.email, "en", "", () => 0);
  await client.attemptSignIn(a.base, DEMO_PASSWORD);
  const group = `/g/${GROUP_SLUG}`;
  const beforePage = await client.fetchAs(`${b.base}${group}/projects/${code}`);
  const version = versionOnPage(beforePage.body);
  const beforeDashboard = await client.fetchAs(`${b.base}${group}`);
  const before = figure(beforeDashboard.body, target.areaId, target.status);
  const posted = await client.postUpdateTo(a.base, code, {
    version,
    status: target.status,
    progress: 50,
    note: `coherence check through ${a.spec.name}`,
    noteLocale: "en",
  });
  const newVersion = (posted.json as { data?: { version?: number } } | null)?.data?.version;
  const afterPage = await client.fetchAs(`${b.base}${group}/projects/${code}`);
  const afterDashboard = await client.fetchAs(`${b.base}${group}`);
  const after = figure(afterDashboard.body, target.areaId, target.status);
  const result = {
    through: a.spec.name,
    seenOn: b.spec.name,
    posted: posted.status,
    version: { before: version, acknowledged: newVersion, onB: versionOnPage(afterPage.body) },
    dashboard: { status: target.status, before, after },
  };
  return {
    ...result,
    ok:
      posted.status === 201 &&
      newVersion !== undefined &&
      result.version.onB === newVersion &&
      before !== null &&
      after === before + (target.from === target.status ? 0 : 1),
  };
}

/** Every client's session answered on every server (one cookie, any server). */
export function sessionsEverywhere(clients: LoadClient[], upstreams: string[]) {
  const perClient = clients.map((c) => upstreams.map((u) => c.servedBy.get(u) ?? 0));
  const everywhere = perClient.filter((counts) => counts.every((n) => n > 0)).length;
  return {
    clients: clients.length,
    servedByEveryServer: everywhere,
    ok: everywhere === clients.length,
  };
}

/** Requests per app server (as nginx named it), and their statuses. */
export function byUpstream(samples: Sample[]) {
  const out: Record<string, Record<string, number>> = {};
  for (const s of samples) {
    const key = s.upstream ?? "(none)";
    out[key] ??= {};
    const row = out[key];
    row[s.status] = (row[s.status] ?? 0) + 1;
  }
  return out;
}

/**
 * Mail: every notification job done once, by one server's worker, and each mail received once
 * (its Message-ID is the job's). Which server's worker ran how many jobs shows both at work.
 * A server killed with kill -9 (`--fault app`) may have sent mails whose jobs it had not yet
 * marked done: those jobs stay claimed by the dead process until their lease ends, and then run
 * again — delivery is at least once, so such a mail will arrive a second time. They are counted
 * apart (`cutOffByKill`), and received mail must be the done jobs plus at most those.
 */
export async function mailOnce(
  handle: DatabaseHandle,
  servers: AppServer[],
  sink: { mails: number; duplicates(): number },
  killedPids: number[] = [],
) {
  const rows = await queryRows<{
    kind: string;
    state: string;
    locked_by: string | null;
    n: number;
  }>(
    handle.db,
    sql`select kind, state, locked_by, count(*)::int as n from jobs group by 1, 2, 3 order by 1, 2, 3`,
  );
  const serverOf = (worker: string | null) => {
    const pid = Number(worker?.split(":")[1]);
    return servers.find((s) => s.pids.includes(pid))?.spec.name ?? worker ?? "-";
  };
  const jobs: Record<string, Record<string, number>> = {};
  for (const row of rows) {
    const key = `${row.kind} ${row.state}`;
    jobs[key] ??= {};
    const entry = jobs[key];
    const name = serverOf(row.locked_by);
    entry[name] = (entry[name] ?? 0) + row.n;
  }
  const mailDone = rows
    .filter((r) => r.kind.startsWith("mail") && r.state === "done")
    .reduce((sum, r) => sum + r.n, 0);
  const cutOffByKill = rows
    .filter(
      (r) =>
        r.kind.startsWith("mail") &&
        r.state === "pending" &&
        killedPids.includes(Number(r.locked_by?.split(":")[1])),
    )
    .reduce((sum, r) => sum + r.n, 0);
  return {
    jobs,
    mailJobsDone: mailDone,
    mailsReceived: sink.mails,
    cutOffByKill,
    duplicates: sink.duplicates(),
    ok: sink.duplicates() === 0 && sink.mails >= mailDone && sink.mails <= mailDone + cutOffByKill,
  };
}

/**
 * Which worker held which job while the run went on, sampled every 100 ms from the jobs table
 * (a finished job no longer names its worker): both servers' workers claim, none claims a job
 * another holds — FOR UPDATE SKIP LOCKED at work.
 */
export function watchClaims(handle: DatabaseHandle, servers: AppServer[]) {
  const seen = new Map<number, Set<string>>();
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const rows = await queryRows<{ id: number; locked_by: string }>(
          handle.db,
          sql`select id::int as id, locked_by from jobs where locked_by is not null and state = 'pending'`,
        );
        for (const row of rows) {
          const pid = Number(row.locked_by.split(":")[1]);
          const name = servers.find((s) => s.pids.includes(pid))?.spec.name ?? row.locked_by;
          const set = seen.get(row.id) ?? new Set<string>();
          set.add(name);
          seen.set(row.id, set);
        }
      } catch {
        // The database away (a fault run): try again.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      const byServer: Record<string, number> = {};
      for (const names of seen.values())
        for (const name of names) byServer[name] = (byServer[name] ?? 0) + 1;
      return {
        jobsSeenClaimed: seen.size,
        byServer,
        claimedByTwo: [...seen.values()].filter((names) => names.size > 1).length,
      };
    },
  };
}
