"use client";

import { clsx } from "clsx";
import Link from "next/link";
import {
  createContext,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";

/**
 * A menu button (WAI-ARIA menu pattern): the trigger opens a list of menu items, moved through
 * with the arrow keys, Home and End; Escape closes it and returns to the trigger. Non-modal.
 * A few hundred bytes of script where a general-purpose library took some 30 kB on every page.
 */
const MenuContext = createContext<{ close: (refocus?: boolean) => void }>({ close: () => {} });

const ITEMS = '[role^="menuitem"]:not([aria-disabled="true"])';

export function Menu({
  label,
  trigger,
  triggerClassName,
  align = "end",
  className,
  contentClassName,
  children,
}: {
  /** The trigger's accessible name. */
  label: string;
  trigger: ReactNode;
  triggerClassName?: string;
  align?: "start" | "end";
  className?: string;
  contentClassName?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [focusLast, setFocusLast] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const close = useCallback((refocus = false) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const items = list.current?.querySelectorAll<HTMLElement>(ITEMS);
    items?.[focusLast ? items.length - 1 : 0]?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open, focusLast]);

  const openWith = (last: boolean) => {
    setFocusLast(last);
    setOpen(true);
  };

  const onTriggerKey = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openWith(event.key === "ArrowUp");
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(items.length - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") setOpen(false);
    else if (event.key === " " && at >= 0) {
      event.preventDefault();
      items[at]?.click();
    }
  };

  return (
    <div ref={root} className={clsx("relative", className)}>
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        className={triggerClassName}
        onClick={() => (open ? setOpen(false) : openWith(false))}
        onKeyDown={onTriggerKey}
      >
        {trigger}
      </button>
      {open ? (
        <MenuContext.Provider value={{ close }}>
          <div
            ref={list}
            id={id}
            role="menu"
            aria-label={label}
            tabIndex={-1}
            onKeyDown={onMenuKey}
            className={clsx(
              "absolute top-full z-50 mt-1.5 min-w-56 rounded-md border border-line bg-surface p-1 text-sm text-ink shadow-lg",
              align === "end" ? "right-0" : "left-0",
              contentClassName,
            )}
          >
            {children}
          </div>
        </MenuContext.Provider>
      ) : null}
    </div>
  );
}

const item =
  "flex w-full cursor-default items-center gap-2 rounded px-2 py-1.5 text-left outline-none select-none hover:bg-accent-soft focus:bg-accent-soft aria-disabled:opacity-50";

/** An item that opens a page (href) or does something (onSelect); the menu closes. */
export function MenuItem({
  href,
  onSelect,
  current,
  children,
}: {
  href?: string;
  onSelect?: () => void;
  /** Marks the item for the page being shown (aria-current). */
  current?: boolean;
  children: ReactNode;
}) {
  const { close } = useContext(MenuContext);
  if (href)
    return (
      <Link
        href={href}
        role="menuitem"
        tabIndex={-1}
        aria-current={current ? "page" : undefined}
        className={item}
        onClick={() => close()}
      >
        {children}
      </Link>
    );
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={item}
      onClick={() => {
        close(true);
        onSelect?.();
      }}
    >
      {children}
    </button>
  );
}

/** One of a set of choices, the chosen one marked. */
export function MenuRadioItem({
  checked,
  disabled,
  onSelect,
  lang,
  children,
}: {
  checked: boolean;
  disabled?: boolean;
  onSelect: () => void;
  lang?: string;
  children: ReactNode;
}) {
  const { close } = useContext(MenuContext);
  return (
    <button
      type="button"
      role="menuitemradio"
      aria-checked={checked}
      aria-disabled={disabled || undefined}
      tabIndex={-1}
      lang={lang}
      className={clsx(item, "relative pl-7")}
      onClick={() => {
        if (disabled) return;
        close(true);
        onSelect();
      }}
    >
      {checked ? (
        <span aria-hidden className="absolute left-2 inline-flex size-2 rounded-full bg-accent" />
      ) : null}
      {children}
    </button>
  );
}

export function MenuGroup({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of menu items, as ARIA's menu pattern has it
    <div role="group" aria-labelledby={id}>
      <MenuLabel id={id}>{label}</MenuLabel>
      {children}
    </div>
  );
}

export function MenuLabel({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div id={id} className="px-2 py-1.5 text-xs font-semibold text-muted uppercase">
      {children}
    </div>
  );
}

export function MenuSeparator() {
  return <hr className="my-1 h-px border-0 bg-line" />;
}
