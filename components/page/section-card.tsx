import type { ReactNode } from "react";

/** The look of a page's section: a card with room between its parts. */
export const SECTION_CARD =
  "space-y-4 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5";

/**
 * A section of a settings-like page: a card named by its h2 (`id` links the two), an optional
 * sentence under the heading, then its content. `className` adds to the card's classes.
 */
export function SectionCard({
  id,
  heading,
  intro,
  className,
  children,
}: {
  id: string;
  heading: ReactNode;
  intro?: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={className ? `${SECTION_CARD} ${className}` : SECTION_CARD}
    >
      <h2 id={id} className="text-base font-semibold">
        {heading}
      </h2>
      {intro === undefined ? null : <p className="text-sm text-muted">{intro}</p>}
      {children}
    </section>
  );
}
