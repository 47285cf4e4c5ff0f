import { z } from "zod";

/** Marking one notification read names it; whose it is comes from the session, never the form. */
export const notificationRef = z.object({ id: z.uuid() });

/** "Mark all as read": the reader's own, every group. Nothing else is read from the form. */
export const markAllReadInput = z.object({});

/** The inbox shows every notification, or only the unread ones. */
export const INBOX_VIEWS = ["all", "unread"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = z.preprocess(first, z.unknown()).transform((v) => (typeof v === "string" ? v : ""));

/**
 * The inbox's filters as they live in the URL: the view, a working group by its slug (the page
 * keeps it only when it is one of the reader's groups) and the page. Never throws: nonsense
 * falls back to the default view.
 */
export const inboxFiltersSchema = z.preprocess(
  (v) => (v !== null && typeof v === "object" && !Array.isArray(v) ? v : {}),
  z.object({
    show: text.transform((v): InboxView => (v === "unread" ? "unread" : "all")),
    group: text.transform((v) => (/^[a-z0-9][a-z0-9-]{0,62}$/.test(v) ? v : null)),
    page: text.transform((v) => (/^\d{1,6}$/.test(v) ? Math.max(1, Number(v)) : 1)),
  }),
);

export type InboxQuery = z.output<typeof inboxFiltersSchema>;

export function parseInboxFilters(params: SearchParams): InboxQuery {
  return inboxFiltersSchema.parse(params);
}

/** The inbox's URL for a set of filters; defaults are left out so links stay short. */
export function inboxHref(filters: Partial<InboxQuery>): string {
  const params = new URLSearchParams();
  if (filters.show === "unread") params.set("show", "unread");
  if (filters.group) params.set("group", filters.group);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/inbox?${query}` : "/inbox";
}
