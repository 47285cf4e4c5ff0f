// npm run user:create -- --email someone@example.org --name "Full Name" --delegation NO --locale nb [--admin]
// Prompts for the password (twice, not echoed); it is never taken from the command line.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/writes";
import { hashPassword } from "@/lib/auth/password";
import { DELEGATIONS, LOCALES } from "@/lib/vocabulary";
import { withDatabase } from "./cli";

const argsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  delegation: z.enum(DELEGATIONS),
  locale: z.enum(LOCALES),
  admin: z.boolean(),
});

function ask(question: string, { hidden }: { hidden: boolean }): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write("\n");
      resolve(answer);
    });
    muted = hidden;
  });
}

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    delegation: { type: "string", default: "NO" },
    locale: { type: "string", default: "en" },
    admin: { type: "boolean", default: false },
  },
});
const parsed = argsSchema.safeParse({ ...values, name: values.name ?? values.email });
if (!parsed.success) {
  console.error(
    "Usage: npm run user:create -- --email <email> --name <name> --delegation NO|RU --locale nb|ru|en [--admin]",
  );
  for (const issue of parsed.error.issues)
    console.error(`  ${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const input = parsed.data;

const password = await ask(`Password for ${input.email} (at least 12 characters): `, {
  hidden: true,
});
if (password.length < 12 || password.toLowerCase() === input.email) {
  console.error("The password must have at least 12 characters and differ from the email address.");
  process.exit(2);
}
if ((await ask("Repeat the password: ", { hidden: true })) !== password) {
  console.error("The passwords do not match.");
  process.exit(2);
}

await withDatabase(async (handle) => {
  await migrateDatabase(handle);
  const passwordHash = await hashPassword(password);
  await handle.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        delegation: input.delegation,
        locale: input.locale,
        isAdmin: input.admin,
        passwordHash,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) throw new Error(`A user with the email ${input.email} already exists.`);
    await writeAudit(tx, {
      actorId: null,
      groupId: null,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: { email: input.email, isAdmin: input.admin, via: "command line" },
    });
  });
  console.info(`[workplan] created ${input.admin ? "administrator" : "user"} ${input.email}`);
});
