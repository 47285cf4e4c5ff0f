import type { ReactNode } from "react";

/** What a list shows in place of its table when there is nothing to list. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
      {children}
    </p>
  );
}
