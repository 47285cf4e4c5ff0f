import { Search } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { ChoiceOptions, Input, Select } from "./input";

/**
 * A list's filters as a plain GET form inside a search landmark, both named: every filter lands
 * in the URL, so a link reproduces the view, and it works without JavaScript. Not printed.
 */
export function FilterForm({
  label,
  action,
  className,
  children,
}: {
  /** The name of the landmark and the form ("Filter the users"). */
  label: string;
  action: string;
  /** The layout of the controls (the frame is the form's own). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <search aria-label={label}>
      <form
        method="get"
        action={action}
        aria-label={label}
        className={cn("no-print rounded-lg border border-line bg-surface p-3", className)}
      >
        {children}
      </form>
    </search>
  );
}

/** A filter's small label above its control (the control carries `id`). */
export function FilterField({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      {children}
    </div>
  );
}

export interface FilterOption {
  value: string | number;
  label: string;
  lang?: string;
}

/** A labelled select of a filter form; `all` names the empty choice that filters nothing. */
export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  all,
  options,
  className,
}: {
  id: string;
  name: string;
  label: ReactNode;
  defaultValue?: string;
  /** The first choice, value "" (e.g. "All"); left out where every choice filters. */
  all?: string;
  options: FilterOption[];
  /** The wrapper's layout in its form. */
  className?: string;
}) {
  return (
    <FilterField id={id} label={label} className={className}>
      <Select id={id} name={name} defaultValue={defaultValue}>
        {all === undefined ? null : <option value="">{all}</option>}
        <ChoiceOptions choices={options} />
      </Select>
    </FilterField>
  );
}

/**
 * The search box of a filter form: a magnifier, a labelled `type="search"` field (name "q" by
 * default). `hideLabel`: the label is read by screen readers only (the placeholder shows the
 * purpose); it is always there.
 */
export function SearchBox({
  id,
  name = "q",
  label,
  hideLabel = false,
  defaultValue,
  placeholder,
  className,
}: {
  id: string;
  name?: string;
  label: string;
  hideLabel?: boolean;
  defaultValue: string;
  placeholder?: string;
  className?: string;
}) {
  return (
    <div className={cn("min-w-0 flex-1 space-y-1", className)}>
      <label
        htmlFor={id}
        className={hideLabel ? "sr-only" : "block text-xs font-medium text-muted"}
      >
        {label}
      </label>
      <div className="relative">
        <Search
          aria-hidden
          className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted"
        />
        <Input
          id={id}
          name={name}
          type="search"
          defaultValue={defaultValue}
          placeholder={placeholder}
          className="pl-8"
        />
      </div>
    </div>
  );
}
