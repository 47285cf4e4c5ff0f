/**
 * `npm run seed:large` — migrates, then seeds the large data set (see db/seed/large/seed.ts):
 * the full set on PostgreSQL (DATABASE_URL), a tenth of it on PGlite. Idempotent: when the
 * set is present it says so and changes nothing. To start over, drop the database (or delete
 * the PGlite folder): status updates are append-only, so the set cannot be deleted in place.
 *
 * Options: --scale=full|tenth (default by backend), --as-of=YYYY-MM-DD (default the fixed
 * reference date, so that every run writes the same data), --no-demo (do not seed the demo
 * data first into an installation without users).
 */
import { migrateDatabase } from "@/db/migrate";
import { seedDemoIfEmpty } from "@/db/seed/demo";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { FULL_SCALE, TENTH_SCALE } from "@/db/seed/large/scale";
import { COORDINATOR_EMAIL, DEFAULT_AS_OF, seedLarge } from "@/db/seed/large/seed";
import { hashPassword } from "@/lib/auth/password";
import { readEnv } from "@/lib/env";
import { withDatabase } from "./cli";

const args = process.argv.slice(2);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? undefined;
const unknown = args.filter(
  (a) => !/^--(scale=(full|tenth)|as-of=\d{4}-\d{2}-\d{2}|no-demo)$/.test(a),
);
if (unknown.length) {
  console.error(
    `unknown option(s): ${unknown.join(" ")}\nusage: npm run seed:large -- [--scale=full|tenth] [--as-of=YYYY-MM-DD] [--no-demo]`,
  );
  process.exit(2);
}

const fmt = (n: number) => n.toLocaleString("en-US");
const log = (line: string) => console.info(`[seed:large] ${line}`);

await withDatabase(async (handle) => {
  const started = Date.now();
  await migrateDatabase(handle);
  // Demo data only ever goes into an installation without users; the server would seed it at
  // start-up, but not any more once the large set's users exist, so it goes first.
  if (!args.includes("--no-demo") && readEnv().demo) {
    const { seeded } = await seedDemoIfEmpty(handle.db, { hashPassword });
    if (seeded) log("seeded the demo data first (the installation was empty)");
  }
  const chosen = option("scale");
  const scale =
    chosen === "full"
      ? FULL_SCALE
      : chosen === "tenth"
        ? TENTH_SCALE
        : handle.backend === "postgres"
          ? FULL_SCALE
          : TENTH_SCALE;
  log(
    `${handle.backend}: ${scale.groups} groups, ${fmt(scale.projects)} projects, ` +
      `${fmt(scale.statusUpdates)} status updates, ${fmt(scale.users)} users, ${scale.meetings} meetings`,
  );
  const result = await seedLarge(handle, {
    hashPassword,
    scale,
    asOf: option("as-of") ?? DEFAULT_AS_OF,
    log,
  });
  if (!result.seeded) {
    log("the large data set is already present: nothing to do");
    return;
  }
  const updates = result.timings.find((t) => t.table === "status_updates");
  if (updates)
    log(`seeded ${fmt(updates.rows)} status updates in ${(updates.ms / 1000).toFixed(1)} s`);
  log(
    `done in ${((Date.now() - started) / 1000).toFixed(1)} s (migrations included); ` +
      `sign in as ${COORDINATOR_EMAIL} / ${DEMO_PASSWORD}`,
  );
});
