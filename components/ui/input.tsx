import { clsx } from "clsx";
import type { ComponentProps, ReactNode } from "react";

/** A form control's look: class .ctl in app/globals.css (short, as forms repeat it). */
export const controlClasses = "ctl";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={clsx(controlClasses, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={clsx(controlClasses, "pr-8", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={clsx(controlClasses, "min-h-24", className)} {...props} />;
}

/** A select's choices, one a value, named by `label`. */
export function Options<T extends string | number>({
  values,
  label,
}: {
  values: readonly T[];
  label: (value: T) => ReactNode;
}) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

/** A select's choices given with their words (and the words' language). */
export function ChoiceOptions({
  choices,
}: {
  choices: readonly { value: string | number; label: ReactNode; lang?: string }[];
}) {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value} lang={choice.lang}>
      {choice.label}
    </option>
  ));
}
