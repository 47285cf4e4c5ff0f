import { type ComponentProps, cloneElement, type ReactElement, type ReactNode, useId } from "react";
import { cn } from "@/lib/cn";

export interface FieldProps {
  label: string;
  /** Translated error messages for this field. */
  errors?: string[];
  hint?: ReactNode;
  /** The row's place in its form's layout (a grid column, a width). */
  className?: string;
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control whose errors are linked by aria-describedby and announced. */
export function Field({ label, errors, hint, className, children }: FieldProps) {
  const id = useId();
  const controlId = (children.props.id as string | undefined) ?? `${id}-control`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={controlId} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {cloneElement(children, {
        id: controlId,
        "aria-describedby": describedBy,
        "aria-invalid": errorId ? true : undefined,
      })}
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} messages={errors} />
    </div>
  );
}

/**
 * The errors of a field or of a group of controls (a fieldset): an always-present live region
 * (`id` for the control's aria-describedby), so a new error is announced.
 */
export function FieldErrors({ id, messages }: { id?: string; messages?: string[] }) {
  return (
    <div id={id} aria-live="polite">
      {messages?.map((message) => (
        <p key={message} className="text-sm font-medium text-bad">
          {message}
        </p>
      ))}
    </div>
  );
}

/**
 * A checkbox with its label beside it, a hint under the label and its errors below, linked by
 * aria-describedby; ids derive from `id` (`${id}-hint`, `${id}-error`).
 */
export function CheckField({
  id,
  label,
  hint,
  errors,
  className,
  ...input
}: Omit<ComponentProps<"input">, "type" | "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className={cn("space-y-1", className)}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-describedby={hintId ? `${hintId} ${errorId}` : errorId}
          aria-invalid={errors?.length ? true : undefined}
          className="mt-1 size-4 shrink-0 accent-accent"
          {...input}
        />
        <div className="space-y-0.5">
          <label htmlFor={id} className="block text-sm font-medium">
            {label}
          </label>
          {hint ? (
            <p id={hintId} className="text-sm text-muted">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
      <FieldErrors id={errorId} messages={errors} />
    </div>
  );
}

/**
 * The hidden fields a form sends (ids, the base version), in order; one whose value is
 * `undefined` is left out.
 */
export function HiddenFields({ values }: { values: Record<string, string | number | undefined> }) {
  return Object.entries(values).map(([name, value]) =>
    value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
  );
}

/**
 * A list of checkboxes (or radio buttons) of one name, one a value, each in a label with its
 * words; `className` is each label's look, `inputClassName` each box's.
 */
export function Choices<T extends string>({
  type = "checkbox",
  name,
  values,
  checked,
  label,
  className,
  inputClassName,
}: {
  type?: "checkbox" | "radio";
  name: string;
  values: readonly T[];
  /** Ticked at first. */
  checked: (value: T) => boolean;
  label: (value: T) => ReactNode;
  className: string;
  inputClassName: string;
}) {
  return values.map((value) => (
    <label key={value} className={className}>
      <input
        type={type}
        name={name}
        value={value}
        defaultChecked={checked(value)}
        className={inputClassName}
      />
      {label(value)}
    </label>
  ));
}
