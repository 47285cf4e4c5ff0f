import type { ComponentProps, ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { PageFrame } from "./page-frame";

/**
 * A page that lists things: the frame and its header, the filters, then the list (`children`)
 * or, where `empty` is given, that sentence in its place, then the pages of the list.
 */
export function ListPage({
  filters,
  empty,
  pagination,
  children,
  ...frame
}: Omit<ComponentProps<typeof PageFrame>, "children"> & {
  filters?: ReactNode;
  /** What to say when there is nothing to list; null (or absent) when there is. */
  empty?: ReactNode;
  pagination?: ReactNode;
  children: ReactNode;
}) {
  return (
    <PageFrame {...frame}>
      {filters}
      {empty === null || empty === undefined ? children : <EmptyState>{empty}</EmptyState>}
      {pagination}
    </PageFrame>
  );
}
