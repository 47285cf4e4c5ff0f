"use client";

import { Pencil } from "lucide-react";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A button that opens an editor below it. The editor mounts when opened — so it starts from the
 * record as the page shows it then — and focus returns to the button when it closes.
 */
export function EditDisclosure({
  label,
  onOpen,
  children,
}: {
  label: string;
  onOpen?: () => void;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <Button
        ref={toggle}
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        <Pencil aria-hidden className="size-4" />
        {label}
      </Button>
      <div id={id} hidden={!open}>
        {open ? children(() => setOpen(false)) : null}
      </div>
    </>
  );
}
