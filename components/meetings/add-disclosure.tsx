"use client";

import { Plus } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useDisclosure } from "@/components/ui/use-disclosure";

/** A button that opens a form for a new entry, moving focus into it. */
export function AddDisclosure({
  label,
  children,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
}) {
  const { open, setOpen, id, panel, toggle } = useDisclosure({ focusInside: true });
  return (
    <div>
      <Button variant="secondary" size="sm" {...toggle}>
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
