"use client";

import { useLayoutEffect, useOptimistic, useRef, useState, useTransition } from "react";
import type { MessageRef } from "@/lib/errors";
import type { ReorderAnswer } from "@/lib/meetings/types";

/**
 * Moves items of a server-ordered list one place up or down. The new order shows at once and
 * is saved as a whole (the server rewrites positions from it); the page's next render is the
 * truth again. Focus is put back on the control that moved the item, wherever it now is.
 */
export function useReorder(ids: string[], save: (order: string[]) => Promise<ReorderAnswer>) {
  const [order, showOrder] = useOptimistic(ids, (_current, next: string[]) => next);
  const [, startTransition] = useTransition();
  const [error, setError] = useState<MessageRef | null>(null);
  const focusId = useRef<string | null>(null);

  // Moving a focused button in the DOM can blur it, in this commit or in a later one (the
  // server's new order): until the move is settled, focus that fell to the page goes back.
  useLayoutEffect(() => {
    const id = focusId.current;
    if (!id) return;
    const target = document.getElementById(id);
    const active = document.activeElement;
    if (active && active !== document.body && active !== target) focusId.current = null;
    else if (target && active !== target) target.focus();
  });

  /** Moves `id` by one place; returns its new position (1-based), or null at an end. */
  const move = (id: string, by: -1 | 1, controlId: string): number | null => {
    const from = order.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return null;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    focusId.current = controlId;
    setError(null);
    startTransition(async () => {
      showOrder(next);
      const result = await save(next);
      if (result.status === "error") setError(result.message);
      setTimeout(() => {
        if (focusId.current === controlId) focusId.current = null;
      }, 2000);
    });
    return to + 1;
  };

  return { order, move, error };
}
