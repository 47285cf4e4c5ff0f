import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { FilterForm, FilterSelect } from "@/components/ui/filters";
import { INBOX_VIEWS, type InboxQuery } from "@/lib/notifications/input";

/** A plain GET form: the view and the group land in the URL, so a link reproduces the view. */
export function InboxFilters({
  filters,
  groups,
}: {
  filters: InboxQuery;
  groups: { slug: string; name: string }[];
}) {
  const t = useTranslations("inbox");
  return (
    <FilterForm label={t("filters")} action="/inbox" className="flex flex-wrap items-end gap-3">
      <FilterSelect
        id="inbox-show"
        name="show"
        label={t("show")}
        defaultValue={filters.show}
        options={INBOX_VIEWS.map((view) => ({ value: view, label: t(`views.${view}`) }))}
        className="min-w-0 flex-1 sm:flex-none"
      />
      {groups.length > 1 ? (
        <FilterSelect
          id="inbox-group"
          name="group"
          label={t("group")}
          defaultValue={filters.group ?? ""}
          all={t("allGroups")}
          options={groups.map((g) => ({ value: g.slug, label: g.name }))}
          className="min-w-0 flex-1 sm:max-w-md"
        />
      ) : null}
      <button type="submit" className={buttonClasses("primary")}>
        {t("apply")}
      </button>
    </FilterForm>
  );
}
