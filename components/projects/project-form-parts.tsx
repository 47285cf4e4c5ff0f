"use client";

import type { ReactNode } from "react";

/** The translated errors of one field (a key of the server's field errors). */
export type ErrorsFor = (field: string) => string[] | undefined;

/** Stable control ids, so the error summary can link to each field. */
export const controlId = (field: string) => `pf-${field}`;

export function FormSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5"
    >
      <h2 id={`${id}-heading`} className="text-base font-semibold text-ink">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-muted">{description}</p> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}
