"use client";

import { Download } from "lucide-react";
import { type MouseEvent, useEffect, useState } from "react";
import { formQuery } from "@/components/forms/form-query";
import { buttonClasses } from "@/components/ui/button";

export interface DownloadLink {
  /** The download's URL as the page was rendered (path and the settings shown then). */
  href: string;
  label: string;
  variant: "primary" | "secondary";
}

const pathOf = (href: string) => href.split("?")[0] ?? href;

/**
 * A document's downloads that follow the settings chosen in its form at once, before "Show" is
 * pressed: each link carries the form's current fields. Without JavaScript they keep the
 * settings the page was rendered with.
 */
export function DownloadLinks({
  formId,
  label,
  links,
}: {
  formId: string;
  label: string;
  links: DownloadLink[];
}) {
  const [query, setQuery] = useState<string | null>(null);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const follow = () => setQuery(formQuery(form));
    form.addEventListener("input", follow);
    form.addEventListener("change", follow);
    return () => {
      form.removeEventListener("input", follow);
      form.removeEventListener("change", follow);
    };
  }, [formId]);

  const hrefOf = (link: DownloadLink) =>
    query === null ? link.href : `${pathOf(link.href)}${query ? `?${query}` : ""}`;

  /** A click right after a choice still gets it, whenever React renders. */
  const onClick = (link: DownloadLink) => (event: MouseEvent<HTMLAnchorElement>) => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const now = formQuery(form);
    event.currentTarget.href = `${pathOf(link.href)}${now ? `?${now}` : ""}`;
  };

  return (
    <nav aria-label={label} className="flex flex-wrap gap-3">
      {links.map((link) => (
        <a
          key={link.label}
          href={hrefOf(link)}
          download
          onClick={onClick(link)}
          className={buttonClasses(link.variant)}
        >
          <Download aria-hidden className="size-4" />
          {link.label}
        </a>
      ))}
    </nav>
  );
}
