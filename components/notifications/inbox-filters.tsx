import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
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
    <search aria-label={t("filters")}>
      <form
        method="get"
        action="/inbox"
        className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-3"
      >
        <div className="min-w-0 flex-1 space-y-1 sm:flex-none">
          <label htmlFor="inbox-show" className="block text-xs font-medium text-muted">
            {t("show")}
          </label>
          <Select id="inbox-show" name="show" defaultValue={filters.show}>
            {INBOX_VIEWS.map((view) => (
              <option key={view} value={view}>
                {t(`views.${view}`)}
              </option>
            ))}
          </Select>
        </div>
        {groups.length > 1 ? (
          <div className="min-w-0 flex-1 space-y-1 sm:max-w-md">
            <label htmlFor="inbox-group" className="block text-xs font-medium text-muted">
              {t("group")}
            </label>
            <Select id="inbox-group" name="group" defaultValue={filters.group ?? ""}>
              <option value="">{t("allGroups")}</option>
              {groups.map((g) => (
                <option key={g.slug} value={g.slug}>
                  {g.name}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <button type="submit" className={buttonClasses("primary")}>
          {t("apply")}
        </button>
      </form>
    </search>
  );
}
