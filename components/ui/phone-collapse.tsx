import { ChevronDown } from "lucide-react";
import type { ReactNode } from "react";

/**
 * Tools that stand before a list (filters, exports): folded away behind their summary on a
 * phone, so the list starts on the first screen; always open on wider screens (globals.css,
 * .phone-collapse). A native disclosure: it works without JavaScript and with the keyboard.
 */
export function PhoneCollapse({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="phone-collapse group">
      {/* No display utility on the summary itself: globals.css hides it from md up. */}
      <summary className="cursor-pointer list-none rounded-lg border border-line bg-surface px-3 text-sm font-medium [&::-webkit-details-marker]:hidden">
        <span className="flex min-h-11 items-center justify-between gap-2">
          {summary}
          <ChevronDown aria-hidden className="size-4 transition-transform group-open:rotate-180" />
        </span>
      </summary>
      <div className="space-y-4 pt-3 md:pt-0">{children}</div>
    </details>
  );
}
