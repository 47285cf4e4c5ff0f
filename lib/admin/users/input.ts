import { z } from "zod";
import { storableString } from "@/lib/validation";
import { DELEGATIONS, GROUP_ROLES, LOCALES } from "@/lib/vocabulary";

const optionalText = (max: number) =>
  storableString()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));

/** A checkbox: present ("on", "true") or absent. */
export const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const membershipSchema = z.object({
  groupId: z.uuid(),
  role: z.enum(GROUP_ROLES),
});

/** One role per group: a second row for the same group is refused rather than guessed. */
export const membershipsSchema = z
  .array(membershipSchema)
  .max(200)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.groupId))
        ctx.addIssue({ code: "custom", params: { key: "admin.users.errors.duplicateGroup" } });
      seen.add(row.groupId);
    }
  });

export const userDetailsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  name: storableString().trim().min(1).max(200),
  delegation: z.enum(DELEGATIONS),
  locale: z.enum(LOCALES),
  position: optionalText(300),
  isAdmin: checkbox,
});

export const createUserSchema = userDetailsSchema.extend({ memberships: membershipsSchema });
export const updateUserSchema = userDetailsSchema.extend({ userId: z.uuid() });
export const setMembershipsSchema = z.object({ userId: z.uuid(), memberships: membershipsSchema });
export const userRefSchema = z.object({ userId: z.uuid() });

export type CreateUserInput = z.output<typeof createUserSchema>;
export type MembershipInput = z.output<typeof membershipSchema>;

/** The form's per-group role selects (`role:<groupId>`, empty for "not a member") as a list. */
export function membershipsFromForm(values: Record<string, unknown>): MembershipInput[] {
  const rows: MembershipInput[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith("role:") || typeof value !== "string" || value === "") continue;
    rows.push({ groupId: key.slice("role:".length), role: value as MembershipInput["role"] });
  }
  return rows;
}

export const USER_STATUSES = ["all", "active", "deactivated"] as const;
export type UserStatusFilter = (typeof USER_STATUSES)[number];

/** The user list's search, from the URL. */
export interface UserFilters {
  q: string;
  status: UserStatusFilter;
  page: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The list's filters from the URL's parameters; never throws, anything unknown is ignored. */
export function parseUserFilters(
  params: Record<string, string | string[] | undefined>,
): UserFilters {
  const q = (first(params.q) ?? "").trim().slice(0, 200);
  const rawStatus = first(params.status);
  const status = (USER_STATUSES as readonly string[]).includes(rawStatus ?? "")
    ? (rawStatus as UserStatusFilter)
    : "all";
  const page = Number.parseInt(first(params.page) ?? "1", 10);
  return { q, status, page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1 };
}

export function userFiltersToQuery(filters: Partial<UserFilters>): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.status && filters.status !== "all") params.set("status", filters.status);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
