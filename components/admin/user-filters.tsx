import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { FilterForm, FilterSelect, SearchBox } from "@/components/ui/filters";
import { USER_STATUSES, type UserFilters } from "@/lib/admin/users/input";

/** A plain GET form: the search lands in the URL and works without JavaScript. */
export function UserFiltersForm({ filters }: { filters: UserFilters }) {
  const t = useTranslations("admin.users");
  return (
    <FilterForm
      label={t("filters")}
      action="/admin/users"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <SearchBox
        id="user-search"
        label={t("search")}
        defaultValue={filters.q}
        placeholder={t("searchPlaceholder")}
      />
      <FilterSelect
        id="user-status"
        name="status"
        label={t("statusFilter")}
        defaultValue={filters.status}
        options={USER_STATUSES.map((status) => ({
          value: status,
          label: t(`statusOptions.${status}`),
        }))}
        className="sm:w-48"
      />
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
    </FilterForm>
  );
}
