import type { ReactNode } from "react";

/**
 * A part of a page named by its h2 (`id` links the two), without a card: the lists of a page
 * that shows several. `className` replaces the section's spacing.
 */
export function TitledSection({
  id,
  heading,
  className = "space-y-2",
  children,
}: {
  id: string;
  heading: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-semibold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
