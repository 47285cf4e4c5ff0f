"use client";

import { ArrowDown, ArrowUp, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useMessage } from "@/components/projects/form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormAction, ReorderAction } from "@/lib/meetings/form-state";
import { DeleteButton } from "./delete-button";

import { useReorder } from "./use-reorder";

export interface SortableListProps<T extends { id: string }> {
  /** Prefix of element ids ("agenda", "decision"). */
  name: string;
  items: T[];
  label: string;
  /** What an empty list says. */
  empty: string;
  refs: { groupId: string; meetingId: string };
  /** A plain-text name of the item, for the controls' labels and announcements. */
  nameOf: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  renderEditor: (item: T, close: () => void) => ReactNode;
  reorder: ReorderAction;
  remove: FormAction;
  /** Where focus goes once an item is gone (an element with tabIndex -1). */
  afterRemoveId: string;
}

/**
 * An ordered list that coordinators rearrange with "move up" and "move down" buttons (the
 * keyboard way, and the one that always works), edit in place and delete after confirming.
 * The new position is announced; focus stays on the button that moved the item.
 */
export function SortableList<T extends { id: string }>(props: SortableListProps<T>) {
  const { name, items, label, empty, refs, nameOf, reorder, afterRemoveId } = props;
  const t = useTranslations("meetings.list");
  const message = useMessage();
  const byId = new Map(items.map((item) => [item.id, item]));
  const { order, move, error } = useReorder(
    items.map((item) => item.id),
    (next) => reorder({ ...refs, order: next }),
  );
  const [announcement, setAnnouncement] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const removing = useRef<{ id: string; title: string } | null>(null);

  // Once a deleted item has left the list, focus goes somewhere that still exists.
  useEffect(() => {
    const gone = removing.current;
    if (!gone || byId.has(gone.id)) return;
    removing.current = null;
    setAnnouncement(t("deleted", { title: gone.title }));
    document.getElementById(afterRemoveId)?.focus();
  });

  const onMove = (item: T, by: -1 | 1) => {
    const control = `${name}-${item.id}-${by < 0 ? "up" : "down"}`;
    const position = move(item.id, by, control);
    if (position === null) return;
    setAnnouncement(t("moved", { title: nameOf(item), position, total: order.length }));
  };

  const close = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`${name}-${id}-edit`)?.focus());
  };

  return (
    <div className="space-y-3">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {error ? <Alert tone="error">{message(error)}</Alert> : null}
      {order.length ? null : <p className="text-muted">{empty}</p>}
      <ol hidden={!order.length} aria-label={label} className="space-y-2">
        {order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          const labelId = `${name}-${id}-label`;
          const first = index === 0;
          const last = index === order.length - 1;
          return (
            <li key={id} className="rounded-md border border-line bg-surface p-3">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                <div className="flex min-w-0 flex-1 gap-3">
                  <span className="w-6 shrink-0 text-right font-semibold tabular-nums text-muted">
                    {index + 1}.
                  </span>
                  <div id={labelId} className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                    {props.renderItem(item)}
                  </div>
                </div>
                <div className="flex flex-wrap items-center justify-end gap-1">
                  <Button
                    id={`${name}-${id}-up`}
                    variant="ghost"
                    size="sm"
                    aria-disabled={first}
                    aria-label={t("moveUp", { title: nameOf(item) })}
                    className="aria-disabled:cursor-not-allowed aria-disabled:opacity-40"
                    onClick={() => onMove(item, -1)}
                  >
                    <ArrowUp aria-hidden className="size-4" />
                  </Button>
                  <Button
                    id={`${name}-${id}-down`}
                    variant="ghost"
                    size="sm"
                    aria-disabled={last}
                    aria-label={t("moveDown", { title: nameOf(item) })}
                    className="aria-disabled:cursor-not-allowed aria-disabled:opacity-40"
                    onClick={() => onMove(item, 1)}
                  >
                    <ArrowDown aria-hidden className="size-4" />
                  </Button>
                  <Button
                    id={`${name}-${id}-edit`}
                    variant="ghost"
                    size="sm"
                    aria-expanded={editing === id}
                    aria-describedby={labelId}
                    onClick={() => (editing === id ? close(id) : setEditing(id))}
                  >
                    <Pencil aria-hidden className="size-4" />
                    {t("edit")}
                  </Button>
                  <DeleteButton
                    action={props.remove}
                    refs={{ ...refs, itemId: id }}
                    describedBy={labelId}
                    onConfirm={() => {
                      removing.current = { id, title: nameOf(item) };
                    }}
                  />
                </div>
              </div>
              {editing === id ? (
                <div className="mt-3 border-t border-line pt-3">
                  {props.renderEditor(item, () => close(id))}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
