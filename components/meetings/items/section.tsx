import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type {
  MeetingEditorOptions,
  MeetingItemKind,
  MeetingItems,
  MeetingRefs,
} from "@/lib/meetings/types";
import { MeetingSection } from "../section";
import { MeetingItemsEditor } from "./editor";
import { ITEM_KINDS, nameIdOf } from "./kinds";

/**
 * One list of the meeting page — its agenda, decisions or action items — read by everyone and
 * worked on by coordinators (the page passes `editor` to those who may, while they may).
 */
export function MeetingItemsSection<K extends MeetingItemKind>({
  kind,
  items,
  editor,
  groupPath,
  locale,
}: {
  kind: K;
  items: MeetingItems[K][];
  editor: {
    refs: MeetingRefs;
    options: MeetingEditorOptions;
    bases: Record<string, string>;
  } | null;
  groupPath: string;
  locale: Locale;
}) {
  const parts = ITEM_KINDS[kind];
  const { View } = parts;
  const t = useTranslations(`meetings.${parts.texts}`);
  // Action items count the open ones too; the other kinds' messages leave `open` out.
  const open = items.filter((item) => "doneAt" in item && !item.doneAt).length;
  const List = parts.reorder ? "ol" : "ul";
  return (
    <MeetingSection
      id={parts.section}
      title={t("heading")}
      aside={
        <span className="text-sm text-muted">{t("count", { count: items.length, open })}</span>
      }
    >
      {editor ? (
        <MeetingItemsEditor kind={kind} items={items} groupPath={groupPath} {...editor} />
      ) : items.length ? (
        <List
          aria-label={t("heading")}
          className={parts.reorder ? "divide-y divide-line" : "space-y-2"}
        >
          {items.map((item) => (
            <li
              key={item.id}
              className={
                parts.reorder
                  ? "flex gap-3 py-2.5 first:pt-0 last:pb-0"
                  : "rounded-md border border-line p-3"
              }
            >
              {"position" in item ? (
                <span className="w-6 shrink-0 text-right font-semibold tabular-nums text-muted">
                  {item.position}.
                </span>
              ) : null}
              <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                <View
                  item={item}
                  nameId={nameIdOf(parts, item.id)}
                  groupPath={groupPath}
                  locale={locale}
                />
              </div>
            </li>
          ))}
        </List>
      ) : (
        <p className="text-muted">{t("empty")}</p>
      )}
    </MeetingSection>
  );
}
