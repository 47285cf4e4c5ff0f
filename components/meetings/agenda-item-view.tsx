import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { AgendaEntry } from "@/lib/meetings/queries";
import { LinkedProjects } from "./linked-projects";

/** An agenda item as everyone reads it: its title and the projects it is about. */
export function AgendaItemView({
  item,
  groupPath,
  locale,
}: {
  item: AgendaEntry;
  groupPath: string;
  locale: Locale;
}) {
  const t = useTranslations("meetings.agenda");
  return (
    <>
      <p className="font-medium">
        <LocalizedText value={pickLocalized(item.title, locale)} />
      </p>
      <LinkedProjects
        projects={item.projects}
        groupPath={groupPath}
        locale={locale}
        label={t("projectsOf", { position: item.position })}
      />
    </>
  );
}
