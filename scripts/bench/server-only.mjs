// Lets the bench import server-side modules (lib/…) in plain Node: "server-only" is a marker
// that throws outside React Server Components; here it resolves to its empty variant.
import { register } from "node:module";
import { pathToFileURL } from "node:url";

const empty = pathToFileURL(`${process.cwd()}/node_modules/server-only/empty.js`).href;
register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: ${JSON.stringify(empty)}, shortCircuit: true };
      return next(specifier, context);
    }`)}`,
  import.meta.url,
);
