// Deep-merges new message keys into messages/{en,nb,ru}.json, keeping existing keys and order.
// Usage: node scripts/merge-messages.mjs part.en.json part.nb.json part.ru.json
// (each part file: { "namespace": { "key": "text" } }; the locale is read from the file name).
import { readFileSync, renameSync, writeFileSync } from "node:fs";

function merge(target, source, path = "") {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === "object") {
      if (typeof target[key] === "string")
        throw new Error(`${path}${key} is a message, not a namespace`);
      target[key] = merge(target[key] ?? {}, value, `${path}${key}.`);
    } else {
      target[key] = value;
    }
  }
  return target;
}

for (const file of process.argv.slice(2)) {
  const locale = file.match(/\.(en|nb|ru)\.json$/)?.[1];
  if (!locale) throw new Error(`${file}: name must end in .en.json, .nb.json or .ru.json`);
  const target = `messages/${locale}.json`;
  const merged = merge(
    JSON.parse(readFileSync(target, "utf8")),
    JSON.parse(readFileSync(file, "utf8")),
  );
  writeFileSync(`${target}.tmp`, `${JSON.stringify(merged, null, 2)}\n`);
  renameSync(`${target}.tmp`, target);
  console.info(`merged ${file} into ${target}`);
}
