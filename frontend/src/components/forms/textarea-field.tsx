import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { FieldShell } from '@/components/forms/field-shell';

export interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string;
}

/** A labelled multi-line input with its error text, as TextField. */
export const TextareaField = forwardRef<HTMLTextAreaElement, TextareaFieldProps>(
  function TextareaField({ label, error, id, className, required, ...rest }, ref) {
    return (
      <FieldShell label={label} id={id} error={error} required={required} className={className}>
        {(control) => <textarea ref={ref} {...control} {...rest} />}
      </FieldShell>
    );
  },
);
