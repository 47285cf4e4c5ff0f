import { Search } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { USER_STATUSES, type UserFilters } from "@/lib/admin/users/input";

/** A plain GET form: the search lands in the URL and works without JavaScript. */
export function UserFiltersForm({ filters }: { filters: UserFilters }) {
  const t = useTranslations("admin.users");
  return (
    <search>
      <form
        method="get"
        action="/admin/users"
        aria-label={t("filters")}
        className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-3 sm:flex-row sm:items-end"
      >
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="user-search" className="block text-xs font-medium text-muted">
            {t("search")}
          </label>
          <div className="relative">
            <Search
              aria-hidden
              className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted"
            />
            <Input
              id="user-search"
              name="q"
              type="search"
              defaultValue={filters.q}
              placeholder={t("searchPlaceholder")}
              className="pl-8"
            />
          </div>
        </div>
        <div className="space-y-1 sm:w-48">
          <label htmlFor="user-status" className="block text-xs font-medium text-muted">
            {t("statusFilter")}
          </label>
          <Select id="user-status" name="status" defaultValue={filters.status}>
            {USER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`statusOptions.${status}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClasses("primary")}>
            {t("apply")}
          </button>
          {filters.q || filters.status !== "all" ? (
            <Link href="/admin/users" className="text-sm text-accent underline">
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </form>
    </search>
  );
}
