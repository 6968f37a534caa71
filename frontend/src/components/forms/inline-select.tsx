// A select with its label beside it, for a choice that changes how a page shows its content (a sort
// order) rather than a field of a form.
import { inputClasses } from '@/components/forms/field-shell';
import { SelectOptions, type SelectOption } from '@/components/ui/list-toolbar';

export interface InlineSelectProps<V extends string> {
  id: string;
  label: string;
  options: SelectOption<V>[];
  /** The choice in force, for a select the page controls; or `defaultValue` for one it does not. */
  value?: V;
  defaultValue?: V;
  onChange: (value: V) => void;
  /** Classes of the row, e.g. its alignment. */
  className?: string;
  /** Classes of the select, e.g. its width. */
  selectClassName?: string;
}

export function InlineSelect<V extends string>({
  id,
  label,
  options,
  onChange,
  className = '',
  selectClassName = 'w-auto',
  ...choice
}: InlineSelectProps<V>) {
  return (
    <div className={`flex items-center gap-2 ${className}`}>
      <label htmlFor={id} className="whitespace-nowrap text-sm text-slate-700">
        {label}
      </label>
      <select
        id={id}
        className={`${inputClasses(false)} ${selectClassName}`}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
        {...choice}
      >
        <SelectOptions options={options} />
      </select>
    </div>
  );
}
