import { migrateDatabase } from "@/db/migrate";
import { withDatabase } from "./cli";

await withDatabase(async (handle) => {
  const started = Date.now();
  await migrateDatabase(handle);
  console.info(`[workplan] migrations applied on ${handle.backend} in ${Date.now() - started} ms`);
});
