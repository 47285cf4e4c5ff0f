"use client";

import { ChevronDown, History as HistoryIcon, PenLine } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/cn";

/** The URL hashes that open the form: links that lead a contact to update end in one of them. */
const OPENING_HASHES = new Set(["#update", "#status-update"]);

/**
 * The page's ways on, under its header: the status update form behind its button (a disclosure,
 * closed unless the reader came to update: `?update=1` or `#update`), and a jump to the history,
 * so that on a phone neither the form nor the rest of the page stands before it.
 */
export function UpdateDisclosure({
  initiallyOpen,
  history,
  children,
}: {
  initiallyOpen: boolean;
  /** The history's count as shown ("12", or "50+" when older entries are left out). */
  history: string;
  /** The form, in its card; none for a reader who may not update. */
  children?: ReactNode;
}) {
  const t = useTranslations("project");
  const [open, setOpen] = useState(initiallyOpen);
  const panel = useRef<HTMLDivElement>(null);
  // Whether the panel was opened here (not at load): then it is brought into view.
  const [reveal, setReveal] = useState(false);

  const canUpdate = Boolean(children);
  useEffect(() => {
    if (!canUpdate) return;
    const follow = () => {
      if (!OPENING_HASHES.has(window.location.hash)) return;
      setOpen(true);
      setReveal(true);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [canUpdate]);

  useEffect(() => {
    if (!open || !reveal) return;
    setReveal(false);
    panel.current?.scrollIntoView({ block: "nearest" });
  }, [open, reveal]);

  return (
    <>
      <div className="no-print flex flex-wrap items-center gap-2">
        {children ? (
          <button
            type="button"
            aria-expanded={open}
            aria-controls="update"
            onClick={() => {
              setOpen(!open);
              if (!open) setReveal(true);
            }}
            className={buttonClasses("primary", "md")}
          >
            <PenLine aria-hidden className="size-4" />
            {t("update.jump")}
            <ChevronDown
              aria-hidden
              className={cn("size-4 transition-transform", open ? "rotate-180" : null)}
            />
          </button>
        ) : null}
        <a href="#history" className={buttonClasses("secondary", "md")}>
          <HistoryIcon aria-hidden className="size-4" />
          {t("history.jump", { count: history })}
        </a>
      </div>
      {children ? (
        <div id="update" ref={panel} hidden={!open} className="scroll-mt-4">
          {children}
        </div>
      ) : null}
    </>
  );
}
