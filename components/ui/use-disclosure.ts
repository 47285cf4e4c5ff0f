"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * A button that shows and hides a panel (aria-expanded, aria-controls = `id`). Closing returns
 * the focus to the button; with `focusInside`, opening moves it to the panel's first field.
 */
export function useDisclosure({
  focusInside = false,
  onOpen,
}: {
  focusInside?: boolean;
  /** Called as the panel opens. */
  onOpen?: () => void;
} = {}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && focusInside)
      panel.current
        ?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select")
        ?.focus();
    else if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open, focusInside]);
  /** Spread on the button: it names the panel it controls and says whether it is open. */
  const toggle = {
    ref: button,
    "aria-expanded": open,
    "aria-controls": id,
    onClick: () => {
      if (!open) onOpen?.();
      setOpen(!open);
    },
  };
  return { open, setOpen, id, panel, toggle };
}
