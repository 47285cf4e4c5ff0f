// Before `npm run dev`: make sure the secrets development needs exist, without anyone typing them.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const file = ".env.local";
const SECRETS = {
  // Signs the session cookies.
  AUTH_SECRET: () => randomBytes(33).toString("base64url"),
  // Encrypts the authenticator secrets of two-factor sign-in (32 bytes, base64).
  WORKPLAN_ENCRYPTION_KEY: () => randomBytes(32).toString("base64"),
};

let current = existsSync(file) ? readFileSync(file, "utf8") : "";
for (const [name, generate] of Object.entries(SECRETS)) {
  if (process.env[name] || new RegExp(`^${name}=`, "m").test(current)) continue;
  const line = `# Generated on first run by scripts/ensure-dev-env.mjs; keep out of git.\n${name}=${generate()}\n`;
  current = current ? `${current.trimEnd()}\n${line}` : line;
  writeFileSync(file, current, { mode: 0o600 });
  console.info(`[workplan] generated ${name} in ${file}`);
}
