import { cloneElement, type ReactElement, type ReactNode, useId } from "react";

interface FieldProps {
  label: string;
  /** Translated error messages for this field. */
  errors?: string[];
  hint?: ReactNode;
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control whose errors are linked by aria-describedby and announced. */
export function Field({ label, errors, hint, children }: FieldProps) {
  const id = useId();
  const controlId = (children.props.id as string | undefined) ?? `${id}-control`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
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
      <div id={errorId} aria-live="polite">
        {errors?.map((message) => (
          <p key={message} className="text-sm font-medium text-bad">
            {message}
          </p>
        ))}
      </div>
    </div>
  );
}
