import type { ComponentType } from "react";
import type { FormAction } from "@/lib/forms/state";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import {
  addActionItemAction,
  addAgendaItemAction,
  addDecisionAction,
  deleteActionItemAction,
  deleteAgendaItemAction,
  deleteDecisionAction,
  reorderAgendaAction,
  reorderDecisionsAction,
  updateActionItemAction,
  updateAgendaItemAction,
  updateDecisionAction,
} from "@/lib/meetings/items/form-actions";
import type {
  MeetingItemKind,
  MeetingItems,
  ReorderAnswer,
  ReorderRequest,
} from "@/lib/meetings/types";
import { ActionItemFields, AgendaFields, DecisionFields, type ItemFieldsProps } from "./fields";
import { ActionItemView, AgendaItemView, DecisionView, type ItemViewProps } from "./views";

type ItemAction = FormAction<{ itemId: string }>;

/** What the one section, editor and form need to know of a kind of meeting item. */
export interface ItemKindParts<T extends { id: string }> {
  /** The section's id (its heading's is `${section}-heading`, where focus goes after a delete). */
  section: "agenda" | "decisions" | "action-items";
  /** Where the kind's words are: meetings.<texts>.* */
  texts: "agenda" | "decisions" | "actionItems";
  /** The start of its elements' ids: `${prefix}-${id}` names the item, `-edit`, `-up`, `-down`. */
  prefix: string;
  View: ComponentType<ItemViewProps<T>>;
  Fields: ComponentType<ItemFieldsProps<T>>;
  /** A plain-text name of the item, for the controls' labels and announcements. */
  nameOf: (item: T, locale: Locale) => string;
  actions: { add: ItemAction; update: ItemAction; remove: ItemAction };
  /** Numbered lists are moved up and down; the others stay in the order recorded. */
  reorder: ((request: ReorderRequest) => Promise<ReorderAnswer>) | null;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

export const ITEM_KINDS: { [K in MeetingItemKind]: ItemKindParts<MeetingItems[K]> } = {
  agenda: {
    section: "agenda",
    texts: "agenda",
    prefix: "agenda",
    View: AgendaItemView,
    Fields: AgendaFields,
    nameOf: (item, locale) => pickLocalized(item.title, locale)?.text ?? "",
    actions: {
      add: addAgendaItemAction,
      update: updateAgendaItemAction,
      remove: deleteAgendaItemAction,
    },
    reorder: reorderAgendaAction,
  },
  decisions: {
    section: "decisions",
    texts: "decisions",
    prefix: "decision",
    View: DecisionView,
    Fields: DecisionFields,
    nameOf: (item, locale) => short(pickLocalized(item.text, locale)?.text ?? ""),
    actions: { add: addDecisionAction, update: updateDecisionAction, remove: deleteDecisionAction },
    reorder: reorderDecisionsAction,
  },
  actionItems: {
    section: "action-items",
    texts: "actionItems",
    prefix: "action-item",
    View: ActionItemView,
    Fields: ActionItemFields,
    nameOf: (item, locale) => pickLocalized(item.text, locale)?.text ?? "",
    actions: {
      add: addActionItemAction,
      update: updateActionItemAction,
      remove: deleteActionItemAction,
    },
    reorder: null,
  },
};

/** The id of the element that names an item. */
export const nameIdOf = (parts: { prefix: string }, id: string) => `${parts.prefix}-${id}`;
