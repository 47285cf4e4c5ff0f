import { z } from "zod";
import {
  DEFAULT_FILTERS,
  filtersToQuery,
  type ProjectFilters,
  parseProjectFilters,
} from "@/lib/projects/list/input";

/** Completing or reopening names the item. */
export const actionItemInput = z.object({ actionItemId: z.uuid() });

export type ActionItemInput = z.input<typeof actionItemInput>;

export const ACTION_ITEM_STATES = ["open", "overdue", "done", "all"] as const;
export type ActionItemState = (typeof ACTION_ITEM_STATES)[number];
export const ACTION_ITEMS_PAGE_SIZE = 50;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalText = z.preprocess(first, z.unknown()).transform((v) => {
  return typeof v === "string" ? v : undefined;
});

/**
 * The action-item list's filters, as they live in the URL: every project filter (applied to
 * the item's project), plus the item's own state, owner and "not linked to a project". Like
 * the project filters, parsing never throws: nonsense falls back to the default view.
 */
export const actionItemFiltersSchema = z
  .preprocess(
    (v) => (v !== null && typeof v === "object" && !Array.isArray(v) ? v : {}),
    z.looseObject({
      state: optionalText.transform((v) =>
        (ACTION_ITEM_STATES as readonly string[]).includes(v ?? "")
          ? (v as ActionItemState)
          : "open",
      ),
      owner: optionalText.transform((v) => (v === "me" ? ("me" as const) : undefined)),
      general: optionalText.transform((v) => v === "1"),
      page: optionalText.transform((v) => (v && /^\d{1,6}$/.test(v) ? Math.max(1, Number(v)) : 1)),
    }),
  )
  .transform(({ state, owner, general, page, ...rest }) => ({
    // Sorting and paging belong to the item list, not to the projects it is narrowed to.
    projects: {
      ...parseProjectFilters(rest as SearchParams),
      sort: "code",
      dir: "asc",
      page: 1,
    } as ProjectFilters,
    state,
    owner,
    general,
    page,
  }));

export type ActionItemFilters = z.output<typeof actionItemFiltersSchema>;

export function parseActionItemFilters(params: SearchParams): ActionItemFilters {
  return actionItemFiltersSchema.parse(params);
}

export const DEFAULT_ACTION_ITEM_FILTERS: ActionItemFilters = parseActionItemFilters({});

/** What the URL helpers accept: any subset, the project part itself partial. */
export type ActionItemFiltersInput = Partial<Omit<ActionItemFilters, "projects">> & {
  projects?: Partial<ProjectFilters>;
};

/** The project part's query without what does not narrow the projects (sorting, paging). */
function projectQuery(projects: Partial<ProjectFilters>): string {
  return filtersToQuery({ ...projects, sort: "code", dir: "asc", page: 1 });
}

/**
 * True when any filter narrows the projects (area, status, search, …, whatever the project
 * list knows): items are then limited to those projects, and items without one drop out.
 * "Include archived" alone narrows nothing.
 */
export function hasProjectFilter(projects: ProjectFilters): boolean {
  return projectQuery({ ...projects, archived: false }) !== "";
}

/** The URL query for a set of filters; defaults are left out so links stay short. */
export function actionItemFiltersToQuery(filters: ActionItemFiltersInput): string {
  const f = { ...DEFAULT_ACTION_ITEM_FILTERS, ...filters };
  const params = new URLSearchParams(
    projectQuery({ ...DEFAULT_FILTERS, ...filters.projects }).replace(/^\?/, ""),
  );
  if (f.state !== "open") params.set("state", f.state);
  if (f.owner === "me") params.set("owner", "me");
  if (f.general) params.set("general", "1");
  if (f.page > 1) params.set("page", String(f.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
