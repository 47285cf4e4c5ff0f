import { useTranslations } from "next-intl";
import type { DocumentsView } from "@/lib/documents/types";
import { pickLocalized } from "@/lib/i18n/localized";
import type { AgendaEntry } from "@/lib/meetings/types";
import type { Locale } from "@/lib/vocabulary";
import { DocumentsSection } from "./documents-section";

/**
 * A meeting's documents: its own (signed minutes, the invitation), then each agenda item's
 * (presentations), under the item's number and title; new ones go to the meeting or an item.
 */
export function MeetingDocuments({
  slug,
  meetingId,
  agenda,
  view,
  locale,
  maxMb,
}: {
  slug: string;
  meetingId: string;
  agenda: AgendaEntry[];
  view: DocumentsView;
  locale: Locale;
  maxMb: number;
}) {
  const t = useTranslations("documents");
  const itemLabel = (item: AgendaEntry) =>
    t("agendaItem", {
      position: item.position,
      title: pickLocalized(item.title, locale)?.text ?? t("noAgendaTitle"),
    });
  const groups = [
    {
      key: "meeting",
      label: agenda.length ? t("meetingItself") : undefined,
      documents: view.documents.filter((d) => !d.agendaItemId),
    },
    ...agenda.map((item) => ({
      key: item.id,
      label: itemLabel(item),
      documents: view.documents.filter((d) => d.agendaItemId === item.id),
    })),
  ];
  const targets = view.attach
    ? [
        { value: `meeting:${meetingId}`, label: t("meetingItself") },
        ...agenda.map((item) => ({ value: `agendaItem:${item.id}`, label: itemLabel(item) })),
      ]
    : null;
  return (
    <DocumentsSection slug={slug} groups={groups} may={view.may} targets={targets} maxMb={maxMb} />
  );
}
