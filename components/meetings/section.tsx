import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A titled part of the meeting page; the heading takes focus when its content goes away. */
export function MeetingSection({
  id,
  title,
  aside,
  children,
}: {
  id: string;
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card id={id} aria-labelledby={`${id}-heading`} className="min-w-0 scroll-mt-4 space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} tabIndex={-1} className="text-lg font-semibold outline-none">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </Card>
  );
}
