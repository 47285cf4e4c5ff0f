"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { useDisclosure } from "@/components/ui/use-disclosure";

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
  const { open, setOpen, id, toggle } = useDisclosure({ onOpen });
  return (
    <>
      <Button variant="secondary" size="sm" {...toggle}>
        <Icon name="pencil" className="size-4" />
        {label}
      </Button>
      <div id={id} hidden={!open}>
        {open ? children(() => setOpen(false)) : null}
      </div>
    </>
  );
}
