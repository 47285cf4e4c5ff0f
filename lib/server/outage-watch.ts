import { isDatabaseUnavailable } from "@/lib/errors";
import { describeError, log } from "@/lib/log";
import { currentDatabase } from "@/lib/server/instance";
import { outageState } from "@/lib/server/outage";

const PROBE_INTERVAL_MS = 2000;
const PROBE_TIMEOUT_MS = 1500;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/** `select 1` on the raw client: past drizzle and the app's query-error hook. */
async function probeOnce(): Promise<boolean> {
  const handle = currentDatabase();
  // A process without a database handle of its own (a test) has nothing to watch.
  if (!handle) return true;
  let timer: NodeJS.Timeout | undefined;
  try {
    const ping = handle.sql ? handle.sql`select 1` : handle.pglite?.query("select 1");
    await Promise.race([
      ping,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("probe timed out")), PROBE_TIMEOUT_MS);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The database answered a query: an outage is over. The first successful query ends it — the
 * probe's, /api/health's or any other — so that /api/health saying "ok" and pages answering
 * agree (before, pages kept answering 503 until the next probe, up to two seconds later).
 */
export function databaseAnswered(): void {
  const state = outageState();
  if (!state.down) return;
  const downMs = state.since ? Date.now() - state.since : null;
  state.down = false;
  state.since = null;
  log.info("database available again", { downMs });
}

/** While the database is marked down: `select 1` every two seconds until it answers. */
async function probeUntilUp() {
  const state = outageState();
  if (state.probing) return;
  state.probing = true;
  try {
    while (state.down) {
      const started = Date.now();
      if (await probeOnce()) {
        databaseAnswered();
        break;
      }
      await sleep(Math.max(0, PROBE_INTERVAL_MS - (Date.now() - started)));
    }
  } finally {
    state.probing = false;
  }
}

function markDown(error: unknown) {
  const state = outageState();
  if (!state.down) {
    state.down = true;
    state.since = Date.now();
    log.warn("database unavailable: answering 503 until it is back", {
      error: describeError(error),
    });
  }
  // The first probe waits: the probe that confirmed the outage has just failed.
  void sleep(PROBE_INTERVAL_MS).then(probeUntilUp);
}

let confirming: Promise<boolean> | null = null;

/**
 * After a connection error: is the database really gone? One probe decides (a late error from
 * a connection broken earlier, or one connection timing out in a busy process, must not take
 * the site down). Marks the outage when it is; concurrent callers share the one probe.
 */
export function confirmDatabaseFailure(error: unknown): Promise<boolean> {
  if (!isDatabaseUnavailable(error)) return Promise.resolve(false);
  if (outageState().down) return Promise.resolve(true);
  confirming ??= probeOnce().then((up) => {
    confirming = null;
    if (!up) markDown(error);
    return !up;
  });
  return confirming;
}

/**
 * For places that catch errors: true for a connection error (answer "unavailable"), and the
 * outage is confirmed and marked in the background.
 */
export function noteDatabaseFailure(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  void confirmDatabaseFailure(error);
  return true;
}
