"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { formQuery } from "./form-query";

/** Typed text waits for Enter or the button: applying it on leaving the field would surprise. */
const TYPED = new Set(["search", "text"]);

/**
 * Placed inside a GET filter form: a choice (a list, a box, a date) applies as soon as it is
 * made, by navigating to the URL the form would submit, so the list and every link that follows
 * the filters (exports, pages) change at once. The form keeps its own submit button, which is
 * what applies it without JavaScript and what applies typed search text.
 */
export function SubmitOnChange() {
  const marker = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    const onChange = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && TYPED.has(target.type)) return;
      const url = new URL(form.action, window.location.href);
      const query = formQuery(form);
      startTransition(() => {
        router.push(`${url.pathname}${query ? `?${query}` : ""}`, { scroll: false });
      });
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, [router]);

  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    if (pending) form.setAttribute("aria-busy", "true");
    else form.removeAttribute("aria-busy");
  }, [pending]);

  return <span ref={marker} hidden />;
}
