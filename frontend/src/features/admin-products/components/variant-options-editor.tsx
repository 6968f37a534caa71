'use client';

// The variant editor's options: up to three, each a name and its comma-separated values, with
// "Add option" and "Generate variants" (every combination of the values) under them.
import { PlusIcon, TrashIcon } from '@heroicons/react/24/outline';
import { TextField } from '@/components/forms/text-field';
import { Button } from '@/components/ui/button';
import {
  MAX_OPTIONS,
  type OptionDraft,
  type VariantErrors,
} from '@/features/admin-products/variants-form';

export function VariantOptionsEditor({
  options,
  errors,
  onChange,
  onGenerate,
}: {
  options: OptionDraft[];
  /** Keyed `options.N.name` and `options.N.values`, as variantErrors keys them. */
  errors: VariantErrors;
  onChange: (options: OptionDraft[]) => void;
  onGenerate: () => void;
}) {
  const changeOption = (index: number, change: Partial<OptionDraft>) =>
    onChange(options.map((option, at) => (at === index ? { ...option, ...change } : option)));

  return (
    <div className="space-y-4">
      {options.map((option, index) => (
        <div
          key={index}
          className="grid items-start gap-3 sm:grid-cols-[12rem_1fr_auto]"
          data-testid="variant-option"
        >
          <TextField
            label={`Option ${index + 1} name`}
            placeholder="Size"
            value={option.name}
            error={errors[`options.${index}.name`]}
            onChange={(event) => changeOption(index, { name: event.target.value })}
          />
          <TextField
            label={`Option ${index + 1} values`}
            placeholder="S, M, L"
            hint="Separated by commas."
            value={option.values}
            error={errors[`options.${index}.values`]}
            onChange={(event) => changeOption(index, { values: event.target.value })}
          />
          <Button
            variant="ghost"
            size="sm"
            className="mt-6 text-red-700 hover:bg-red-50"
            aria-label={`Remove option ${index + 1}`}
            onClick={() => onChange(options.filter((_, at) => at !== index))}
          >
            <TrashIcon className="h-4 w-4" aria-hidden="true" />
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          size="sm"
          disabled={options.length >= MAX_OPTIONS}
          onClick={() => onChange([...options, { name: '', values: '' }])}
        >
          <PlusIcon className="h-4 w-4" aria-hidden="true" />
          Add option
        </Button>
        <Button variant="secondary" size="sm" disabled={options.length === 0} onClick={onGenerate}>
          Generate variants
        </Button>
      </div>
    </div>
  );
}
