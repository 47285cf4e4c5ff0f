import { z } from "zod";
import { isStorableText, UUID_PATTERN as UUID } from "@/lib/validation";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The viewer's filters, from the URL; never throws. */
export const auditFiltersSchema = z.object({
  actor: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v && UUID.test(v) ? v : undefined)),
  project: z
    .preprocess(first, z.string().optional())
    .transform((v) => v?.trim().slice(0, 64))
    // No project code holds what PostgreSQL cannot compare (NUL): such a filter is dropped.
    .transform((v) => (v && isStorableText(v) ? v : undefined)),
  action: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v && /^[a-z_]+(\.[a-z_]+)?$/.test(v) ? v : undefined)),
  page: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v && /^\d{1,6}$/.test(v) ? Math.max(1, Number(v)) : 1)),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;

export function parseAuditFilters(
  params: Record<string, string | string[] | undefined>,
): AuditFilters {
  return auditFiltersSchema.parse(params);
}

/** The filters (and page) as the query string of the log's address. */
export function auditFiltersToQuery(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.actor) params.set("actor", filters.actor);
  if (filters.action) params.set("action", filters.action);
  if (filters.project) params.set("project", filters.project);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
