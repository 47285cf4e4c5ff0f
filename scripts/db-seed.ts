import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { withDatabase } from "./cli";

await withDatabase(async (handle) => {
  const started = Date.now();
  await migrateDatabase(handle);
  const { seeded } = await seedDemo(handle.db, { hashPassword });
  console.info(
    seeded
      ? `[workplan] demo data seeded on ${handle.backend} in ${Date.now() - started} ms`
      : "[workplan] demo data already present: nothing to do",
  );
});
