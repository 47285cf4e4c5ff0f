// Before `npm run dev`: make sure the secrets development needs exist, without anyone typing them.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const file = ".env.local";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(current)) {
  const secret = randomBytes(33).toString("base64url");
  const line = `# Generated on first run by scripts/ensure-dev-env.mjs; keep out of git.\nAUTH_SECRET=${secret}\n`;
  writeFileSync(file, current ? `${current.trimEnd()}\n${line}` : line, { mode: 0o600 });
  console.info(`[workplan] generated AUTH_SECRET in ${file}`);
}
