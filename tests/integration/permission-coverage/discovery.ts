import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { GuardedAction } from "@/lib/actions/guard";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: any schema, any result
export type AnyAction = GuardedAction<any, any>;

/** Every file under `dir` (relative to the repository) whose name matches, as repository paths. */
export function filesUnder(dir: string, name: RegExp): string[] {
  const entries = readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

export const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

/** Where the application's code lives: lib/, app/ and components/. */
const sourceFiles = () => ["lib", "app", "components"].flatMap((d) => filesUnder(d, /\.tsx?$/));

const isServerActionFile = (source: string) => /^\s*["']use server["']/.test(source);

function isGuardedAction(value: unknown): value is AnyAction {
  const candidate = value as Partial<AnyAction> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.execute === "function" &&
    typeof candidate.definition?.name === "string"
  );
}

export interface DiscoveredAction {
  action: AnyAction;
  file: string;
  exportName: string;
}

/**
 * Every guarded action, found in the code itself: each module under lib/ that calls
 * defineAction is imported and its exported GuardedActions collected. Returns them by name,
 * with what breaks the rules the registry relies on.
 */
export async function discoverActions(): Promise<{
  actions: Map<string, DiscoveredAction>;
  problems: string[];
}> {
  const problems: string[] = [];
  const actions = new Map<string, DiscoveredAction>();
  for (const file of sourceFiles().filter((f) => !f.startsWith("lib/")))
    if (read(file).includes("defineAction(")) problems.push(`${file}: actions belong in lib/`);
  const modules = filesUnder("lib", /\.tsx?$/).filter(
    (file) => file !== "lib/actions/guard.ts" && read(file).includes("defineAction("),
  );
  for (const file of modules) {
    const source = read(file);
    // A "use server" module may only export async functions; its actions would be unreachable here.
    if (isServerActionFile(source)) {
      problems.push(`${file}: defineAction in a "use server" module`);
      continue;
    }
    const exported = Object.entries(await import(/* @vite-ignore */ join(ROOT, file)));
    const found = new Set<AnyAction>();
    for (const [exportName, value] of exported) {
      if (!isGuardedAction(value) || found.has(value)) continue;
      found.add(value);
      const { name } = value.definition;
      const clash = actions.get(name);
      if (clash && clash.action !== value)
        problems.push(`${file}: the name "${name}" is taken by ${clash.file}`);
      actions.set(name, { action: value, file, exportName });
    }
    const calls = source.match(/\bdefineAction\(/g)?.length ?? 0;
    if (found.size < calls)
      problems.push(`${file}: ${calls} defineAction calls but ${found.size} exported actions`);
  }
  return { actions, problems };
}

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export interface DiscoveredRoute {
  file: string;
  /** The URL pattern, as the folders name it: /g/[group]/report/pdf. */
  path: string;
  method: (typeof HTTP_METHODS)[number];
}

/** Every route handler: app/**\/route.ts, with the HTTP methods it exports (read from its source). */
export function discoverRoutes(): DiscoveredRoute[] {
  return filesUnder("app", /^route\.tsx?$/).flatMap((file) => {
    const source = read(file);
    const path = `/${file.replace(/^app\//, "").replace(/\/route\.tsx?$/, "")}`;
    const names = new Set<string>();
    for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/g))
      names.add(m[1] ?? "");
    for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}/g))
      for (const name of (m[1] ?? "").split(","))
        names.add(
          name
            .trim()
            .split(/\s*:\s*/)
            .at(-1) ?? "",
        );
    for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
      for (const name of (m[1] ?? "").split(","))
        names.add(
          name
            .trim()
            .split(/\s+as\s+/)
            .at(-1) ?? "",
        );
    return HTTP_METHODS.filter((method) => names.has(method)).map((method) => ({
      file,
      path,
      method,
    }));
  });
}

/** Files with a "use server" directive inside a function: server actions the scan cannot list. */
export function inlineServerActions(): string[] {
  return sourceFiles().filter((file) => {
    const source = read(file);
    return /["']use server["']/.test(source) && !isServerActionFile(source);
  });
}

/**
 * The exported functions of each "use server" module: what a browser can call directly — async
 * functions, and form actions made by the form kit (`export const x = formAction(guarded, …)`).
 */
export function discoverServerFunctions(): { file: string; name: string; body: string }[] {
  return sourceFiles()
    .filter((file) => isServerActionFile(read(file)))
    .flatMap((file) => {
      const source = read(file);
      const starts = [
        ...source.matchAll(/^export\s+(?:async\s+function\s+(\w+)|const\s+(\w+)\s*=)/gm),
      ].map((m) => Object.assign(m, { 1: m[1] ?? m[2] }));
      return starts.map((m, i) => ({
        file,
        name: m[1] ?? "",
        body: source.slice(m.index, starts[i + 1]?.index ?? source.length),
      }));
    });
}
