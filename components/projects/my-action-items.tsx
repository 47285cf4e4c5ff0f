import { Clock } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ActionItemToggle } from "@/components/action-items/action-item-toggle";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { localizedField, pickLocalized } from "@/lib/i18n/localized";
import type { MyActionItem } from "@/lib/projects/types";

export function MyActionItems({
  items,
  today,
  locale,
  basePath,
  canComplete,
}: {
  items: MyActionItem[];
  today: string;
  locale: Locale;
  basePath: string;
  /** Whether the viewer may mark their own items done (observers may not). */
  canComplete: boolean;
}) {
  const t = useTranslations("myWork");
  const format = useFormatter();
  if (!items.length) return <p className="text-muted">{t("noActionItems")}</p>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {items.map((item) => {
        const overdue = item.dueOn !== null && item.dueOn < today;
        return (
          <li
            key={item.id}
            className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3"
          >
            <div className="min-w-0 flex-1">
              <p id={`my-action-item-${item.id}`}>
                <LocalizedText value={pickLocalized(localizedField(item, "text"), locale)} />
              </p>
              <p className="text-xs text-muted">
                {item.meetingNumber ? t("fromMeeting", { number: item.meetingNumber }) : null}
                {item.projectCode ? (
                  <>
                    {" · "}
                    <Link
                      className="text-accent underline"
                      href={`${basePath}/projects/${encodeURIComponent(item.projectCode)}`}
                    >
                      {item.projectCode}
                    </Link>
                  </>
                ) : null}
              </p>
            </div>
            <p
              className={
                overdue
                  ? "inline-flex items-center gap-1 text-sm font-medium text-bad"
                  : "text-sm text-muted"
              }
            >
              {overdue ? <Clock aria-hidden className="size-3.5" /> : null}
              {item.dueOn
                ? t(overdue ? "overdueSince" : "due", {
                    date: format.dateTime(new Date(`${item.dueOn}T12:00:00Z`), {
                      dateStyle: "medium",
                    }),
                  })
                : t("noDueDate")}
            </p>
            {canComplete ? (
              <div className="w-full sm:w-auto">
                <ActionItemToggle
                  actionItemId={item.id}
                  done={false}
                  describedBy={`my-action-item-${item.id}`}
                />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
