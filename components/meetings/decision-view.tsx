import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { DecisionEntry } from "@/lib/meetings/queries";
import { LinkedProjects } from "./linked-projects";

/** A decision as everyone reads it: its text (line breaks kept) and the project it concerns. */
export function DecisionView({
  item,
  groupPath,
  locale,
}: {
  item: DecisionEntry;
  groupPath: string;
  locale: Locale;
}) {
  const t = useTranslations("meetings.decisions");
  return (
    <>
      <p className="whitespace-pre-line">
        <LocalizedText value={pickLocalized(item.text, locale)} />
      </p>
      <LinkedProjects
        projects={item.project ? [item.project] : []}
        groupPath={groupPath}
        locale={locale}
        label={t("projectOf", { position: item.position })}
      />
    </>
  );
}
