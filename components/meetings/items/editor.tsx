"use client";

import { ArrowDown, ArrowUp, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useMessage } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAppLocale } from "@/lib/i18n/client";
import type {
  MeetingEditorOptions,
  MeetingItemKind,
  MeetingItems,
  MeetingRefs,
} from "@/lib/meetings/types";
import { AddDisclosure } from "../add-disclosure";
import { DeleteButton } from "../delete-button";
import { useReorder } from "../use-reorder";
import { ItemForm } from "./form";
import { ITEM_KINDS, nameIdOf } from "./kinds";

export interface ItemsEditorProps<K extends MeetingItemKind> {
  kind: K;
  items: MeetingItems[K][];
  refs: MeetingRefs;
  options: MeetingEditorOptions;
  /** Each item's fingerprint, by id, computed on the server (lib/meetings/fingerprints.ts). */
  bases: Record<string, string>;
  groupPath: string;
}

/**
 * A list of meeting items as coordinators keep it: add, edit in place, delete after confirming
 * and — for numbered lists — move up and down with buttons (the keyboard way, and the one that
 * always works). A move is announced and focus stays on the button that moved the item.
 */
export function MeetingItemsEditor<K extends MeetingItemKind>(props: ItemsEditorProps<K>) {
  const { kind, items, refs, options, bases, groupPath } = props;
  const parts = ITEM_KINDS[kind];
  const { prefix, View, reorder } = parts;
  const t = useTranslations("meetings");
  const locale = useAppLocale();
  const message = useMessage();
  const byId = new Map(items.map((item) => [item.id, item]));
  const { order, move, error } = useReorder(
    items.map((item) => item.id),
    (next) =>
      reorder ? reorder({ ...refs, order: next }) : Promise.resolve({ status: "success" }),
  );
  const [announcement, setAnnouncement] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const removing = useRef<{ id: string; title: string } | null>(null);

  // Once a deleted item has left the list, focus goes somewhere that still exists.
  useEffect(() => {
    const gone = removing.current;
    if (!gone || byId.has(gone.id)) return;
    removing.current = null;
    setAnnouncement(t("list.deleted", { title: gone.title }));
    document.getElementById(`${parts.section}-heading`)?.focus();
  });

  const onMove = (item: MeetingItems[K], by: -1 | 1) => {
    const position = move(item.id, by, `${prefix}-${item.id}-${by < 0 ? "up" : "down"}`);
    if (position === null) return;
    const title = parts.nameOf(item, locale);
    setAnnouncement(t("list.moved", { title, position, total: order.length }));
  };

  const close = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`${prefix}-${id}-edit`)?.focus());
  };

  const List = reorder ? "ol" : "ul";
  return (
    <div className="space-y-4">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {error ? <Alert tone="error">{message(error)}</Alert> : null}
      {order.length ? null : <p className="text-muted">{t(`${parts.texts}.empty`)}</p>}
      <List hidden={!order.length} aria-label={t(`${parts.texts}.heading`)} className="space-y-2">
        {order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          const nameId = nameIdOf(parts, id);
          const name = parts.nameOf(item, locale);
          const controls = (
            <div className="flex flex-wrap items-center justify-end gap-1">
              {reorder ? (
                <>
                  <MoveButton
                    id={`${prefix}-${id}-up`}
                    Icon={ArrowUp}
                    label={t("list.moveUp", { title: name })}
                    disabled={index === 0}
                    onClick={() => onMove(item, -1)}
                  />
                  <MoveButton
                    id={`${prefix}-${id}-down`}
                    Icon={ArrowDown}
                    label={t("list.moveDown", { title: name })}
                    disabled={index === order.length - 1}
                    onClick={() => onMove(item, 1)}
                  />
                </>
              ) : null}
              <Button
                id={`${prefix}-${id}-edit`}
                variant="ghost"
                size="sm"
                aria-expanded={editing === id}
                aria-describedby={nameId}
                onClick={() => (editing === id ? close(id) : setEditing(id))}
              >
                <Pencil aria-hidden className="size-4" />
                {t("list.edit")}
              </Button>
              <DeleteButton
                action={parts.actions.remove}
                refs={{ ...refs, itemId: id }}
                describedBy={nameId}
                onConfirm={() => {
                  removing.current = { id, title: name };
                }}
              />
            </div>
          );
          const view = <View item={item} nameId={nameId} groupPath={groupPath} locale={locale} />;
          return (
            <li key={id} className="rounded-md border border-line bg-surface p-3">
              {reorder ? (
                // Numbered: the number, the item and its controls side by side.
                <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                  <div className="flex min-w-0 flex-1 gap-3">
                    <span className="w-6 shrink-0 text-right font-semibold tabular-nums text-muted">
                      {index + 1}.
                    </span>
                    <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">{view}</div>
                  </div>
                  {controls}
                </div>
              ) : (
                // Wider items (action items have their own status column): controls below.
                <>
                  {view}
                  <div className="mt-2 border-t border-line pt-2">{controls}</div>
                </>
              )}
              {editing === id ? (
                <div className="mt-3 border-t border-line pt-3">
                  <ItemForm
                    kind={kind}
                    refs={refs}
                    item={item}
                    base={bases[id]}
                    options={options}
                    onSaved={() => close(id)}
                    onCancel={() => close(id)}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </List>
      <AddDisclosure label={t(`${parts.texts}.add`)}>
        {() => <ItemForm kind={kind} refs={refs} options={options} />}
      </AddDisclosure>
    </div>
  );
}

/** Moves an item one place; at an end of the list it stays focusable but says it cannot. */
function MoveButton({
  id,
  Icon,
  label,
  disabled,
  onClick,
}: {
  id: string;
  Icon: typeof ArrowUp;
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <Button
      id={id}
      variant="ghost"
      size="sm"
      aria-disabled={disabled}
      aria-label={label}
      className="aria-disabled:cursor-not-allowed aria-disabled:opacity-40"
      onClick={onClick}
    >
      <Icon aria-hidden className="size-4" />
    </Button>
  );
}
