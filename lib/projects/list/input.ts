import { z } from "zod";
import { PLACE_KEY_PATTERN } from "@/lib/places/rules";
import { dropLoneSurrogates, UUID_PATTERN as UUID } from "@/lib/validation";
import { DELEGATIONS, PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";

export const SORT_KEYS = [
  "code",
  "title",
  "area",
  "status",
  "health",
  "progress",
  "end",
  "updated",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SIDES = [...DELEGATIONS, "both"] as const;
export const PAGE_SIZE = 50;
/** At most this many `?place=` keys are read (a project at every one of them is listed). */
export const PLACE_FILTER_MAX = 5;

/** A URL parameter that may repeat; invalid members are dropped rather than failing the page. */
const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.string())
      .transform((list) => [...new Set(list.filter((x): x is T[number] => values.includes(x)))]),
  );

const flag = z
  .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional())
  .transform((v) => v === "1");

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * The project list's filters, as they live in the URL. Parsing never throws: a hand-edited
 * or outdated link shows the nearest sensible view instead of an error.
 */
export const projectFiltersSchema = z.object({
  // Cut to 200 units without halving an emoji or ending in a space: links built from it parse back the same.
  q: z
    .preprocess(first, z.string().optional())
    .transform((v) => dropLoneSurrogates((v ?? "").trim().slice(0, 200)).trim()),
  area: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()))
    .transform((list) => [...new Set(list.filter((x) => UUID.test(x)))]),
  // Place keys: a project at every one of them (a map's marker adds its place to the filters).
  place: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()))
    .transform((list) =>
      [...new Set(list.filter((x) => PLACE_KEY_PATTERN.test(x)))].slice(0, PLACE_FILTER_MAX),
    ),
  status: many(PROJECT_STATUSES),
  health: many(PROJECT_HEALTHS),
  side: z
    .preprocess(first, z.string().optional())
    .transform((v) =>
      (SIDES as readonly string[]).includes(v ?? "") ? (v as (typeof SIDES)[number]) : undefined,
    ),
  plan: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v && /^\d{1,6}$/.test(v) ? Number(v) : undefined)),
  mine: flag,
  overdue: flag,
  stale: flag,
  awaiting: flag,
  onesided: flag,
  archived: flag,
  sort: z
    .preprocess(first, z.string().optional())
    .transform((v) =>
      (SORT_KEYS as readonly string[]).includes(v ?? "") ? (v as SortKey) : "code",
    ),
  dir: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v === "desc" ? "desc" : "asc") as "asc" | "desc"),
  page: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v && /^\d{1,6}$/.test(v) ? Math.max(1, Number(v)) : 1)),
});

export type ProjectFilters = z.output<typeof projectFiltersSchema>;

export function parseProjectFilters(
  params: Record<string, string | string[] | undefined>,
): ProjectFilters {
  return projectFiltersSchema.parse(params);
}

export const DEFAULT_FILTERS: ProjectFilters = parseProjectFilters({});

/** The URL query for a set of filters; defaults are left out so links stay short. */
export function filtersToQuery(filters: Partial<ProjectFilters>): string {
  const params = new URLSearchParams();
  const f = { ...DEFAULT_FILTERS, ...filters };
  if (f.q) params.set("q", f.q);
  for (const a of f.area) params.append("area", a);
  for (const p of f.place) params.append("place", p);
  for (const s of f.status) params.append("status", s);
  for (const h of f.health) params.append("health", h);
  if (f.side) params.set("side", f.side);
  if (f.plan !== undefined) params.set("plan", String(f.plan));
  for (const key of ["mine", "overdue", "stale", "awaiting", "onesided", "archived"] as const)
    if (f[key]) params.set(key, "1");
  if (f.sort !== "code") params.set("sort", f.sort);
  if (f.dir !== "asc") params.set("dir", f.dir);
  if (f.page > 1) params.set("page", String(f.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
