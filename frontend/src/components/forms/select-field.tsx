import { forwardRef, type SelectHTMLAttributes } from 'react';
import { FieldShell } from '@/components/forms/field-shell';
import { SelectOptions, type SelectOption } from '@/components/ui/list-toolbar';

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: SelectOption<string>[];
  error?: string;
}

/** A labelled select with its error text, as TextField. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, options, error, id, className, required, ...rest },
  ref,
) {
  return (
    <FieldShell label={label} id={id} error={error} required={required} className={className}>
      {(control) => (
        <select ref={ref} {...control} {...rest}>
          <SelectOptions options={options} />
        </select>
      )}
    </FieldShell>
  );
});
