"use client";

import { Plus } from "lucide-react";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** A button that opens a form for a new entry, moving focus into it. */
export function AddDisclosure({
  label,
  children,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (open)
      panel.current
        ?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select")
        ?.focus();
    else if (opened.current) button.current?.focus();
    opened.current = open;
  }, [open]);
  return (
    <div>
      <Button
        ref={button}
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <Plus aria-hidden className="size-4" />
        {label}
      </Button>
      <div
        id={id}
        ref={panel}
        hidden={!open}
        className="mt-3 rounded-md border border-dashed border-line bg-canvas/40 p-3"
      >
        {open ? children(() => setOpen(false)) : null}
      </div>
    </div>
  );
}
