// The frame of every labelled form control: its label (with a mark when required), a hint and an
// error message, wired to the control through its id and aria-describedby.
import { useId, type ReactNode } from 'react';

const INPUT_CLASSES =
  'block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:outline-none focus:ring-2 sm:text-sm';

/** The classes of a text-like control: its border and focus ring turn red when it is invalid. */
export function inputClasses(invalid: boolean): string {
  return `${INPUT_CLASSES} ${
    invalid
      ? 'border-red-500 focus:border-red-500 focus:ring-red-500/40'
      : 'border-slate-300 focus:border-brand-600 focus:ring-brand-600/40'
  }`;
}

/** What the shell hands the control it frames: spread these onto the input, select or textarea. */
export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  'aria-required'?: true;
  className: string;
}

export interface FieldShellProps {
  label: string;
  /** The control's id; one is made up when absent. */
  id?: string;
  /** Message shown under the control and announced; marks the control invalid. */
  error?: string;
  /** Marks the control invalid without a message of its own (a group shows one for all). */
  invalid?: boolean;
  hint?: ReactNode;
  required?: boolean;
  /** Classes of the outer block, e.g. a width or a grid span. */
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** Renders the label, then the control `children` draws from the props given, then hint and error. */
export function FieldShell({
  label,
  id,
  error,
  invalid = Boolean(error),
  hint,
  required,
  className = '',
  children,
}: FieldShellProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <div className="flex items-baseline gap-1">
        <label htmlFor={controlId} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        {required ? (
          <span className="text-sm text-red-700" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {children({
        id: controlId,
        'aria-invalid': invalid || undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
        className: `mt-1 ${inputClasses(invalid)}`,
      })}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
