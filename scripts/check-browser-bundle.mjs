// The browser's JavaScript must hold no server code: components import only the client-safe
// parts of lib/ (docs/architecture.md), and a slip would ship the database layer to every
// visitor. `npm test` runs this after the build over .next/static; it fails when a chunk holds
// a marker that only the server's libraries carry.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Strings that survive minification and belong to server-only libraries. */
export const SERVER_MARKERS = {
  "drizzle-orm": "drizzle:entityKind",
  "@electric-sql/pglite": "pglite.wasm",
  nodemailer: "nodemailer",
  "@node-rs/argon2": "@node-rs/argon2",
};

/** The files under `dir` (.js) that hold a marker, with the libraries they name. */
export function serverCodeIn(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, "utf8");
    const libraries = Object.entries(SERVER_MARKERS)
      .filter(([, marker]) => text.includes(marker))
      .map(([library]) => library);
    if (libraries.length) found.push({ file, libraries });
  }
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? ".next/static";
  const found = serverCodeIn(dir);
  for (const { file, libraries } of found) console.error(`${file}: ${libraries.join(", ")}`);
  console.info(
    found.length
      ? `${found.length} browser file(s) in ${dir} hold server code`
      : `no server code in the browser's files (${dir}): ${Object.keys(SERVER_MARKERS).join(", ")} checked`,
  );
  process.exit(found.length ? 1 : 0);
}
