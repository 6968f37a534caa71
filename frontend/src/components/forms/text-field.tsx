import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldShell } from '@/components/forms/field-shell';

export { inputClasses } from '@/components/forms/field-shell';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** Message shown under the field and announced; marks the input invalid. */
  error?: string;
  /** Marks the input invalid when a group shows the error once for all its inputs. */
  invalid?: boolean;
  hint?: ReactNode;
}

/** A labelled input with hint and error text wired up through aria-describedby. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, error, invalid, hint, id, className, required, ...rest },
  ref,
) {
  return (
    <FieldShell
      label={label}
      id={id}
      error={error}
      invalid={invalid}
      hint={hint}
      required={required}
      className={className}
    >
      {(control) => <input ref={ref} {...control} {...rest} />}
    </FieldShell>
  );
});
