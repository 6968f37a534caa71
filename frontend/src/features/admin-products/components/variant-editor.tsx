'use client';

// The product page's "Variants" section in the back office: up to three options (a name and its
// values), "Generate variants" for every combination, a row per variant to edit (SKU, price,
// compare-at price, stock) or remove, and Save, which replaces them all in one PUT.
import { useState } from 'react';
import toast from 'react-hot-toast';
import { PlusIcon, TrashIcon } from '@heroicons/react/24/outline';
import { FormAlert } from '@/components/forms/form-alert';
import { inputClasses, TextField } from '@/components/forms/text-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { getProductVariants, saveVariants } from '@/features/admin-products/api';
import type { AdminProduct } from '@/features/admin-products/types';
import {
  MAX_OPTIONS,
  MAX_VARIANTS,
  combinationCount,
  generateRows,
  placeServerErrors,
  rowsMatchOptions,
  toVariantsInput,
  variantErrors,
  variantFormValues,
  type OptionDraft,
  type VariantErrors,
  type VariantRow,
} from '@/features/admin-products/variants-form';
import type { Variants } from '@/features/catalog/types';
import { errorMessage, toApiError } from '@/lib/api-error';
import { centsToDecimalString } from '@/lib/money';
import { useRemote } from '@/lib/use-remote';

type RowField = 'sku' | 'price' | 'compare_at_price' | 'stock_quantity';

const ROW_FIELDS: { field: RowField; label: string; numeric: boolean }[] = [
  { field: 'sku', label: 'SKU', numeric: false },
  { field: 'price', label: 'Price', numeric: true },
  { field: 'compare_at_price', label: 'Compare-at price', numeric: true },
  { field: 'stock_quantity', label: 'Stock', numeric: true },
];

/** An input in the variants table, labelled by its column and row, its error under it. */
function CellInput({
  id,
  label,
  value,
  error,
  numeric,
  placeholder,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  numeric: boolean;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <input
        id={id}
        aria-label={label}
        value={value}
        placeholder={placeholder}
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        className={`${inputClasses(Boolean(error))} ${numeric ? 'min-w-24 text-right' : 'min-w-56'}`}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

function VariantForm({
  product,
  saved,
  onSaved,
}: {
  product: AdminProduct;
  saved: Variants;
  onSaved: (variants: Variants) => void;
}) {
  const [initial] = useState(() => variantFormValues(saved, product.price_cents));
  const [options, setOptions] = useState<OptionDraft[]>(initial.options);
  const [rows, setRows] = useState<VariantRow[]>(initial.rows);
  const [errors, setErrors] = useState<VariantErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const productPrice = centsToDecimalString(product.price_cents);

  const changeOption = (index: number, change: Partial<OptionDraft>) =>
    setOptions(options.map((option, at) => (at === index ? { ...option, ...change } : option)));
  const changeRow = (index: number, field: RowField, value: string) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));

  const generate = () => {
    const optionProblems = Object.fromEntries(
      Object.entries(variantErrors(options, [])).filter(([key]) => key.startsWith('options.')),
    );
    setErrors(optionProblems);
    if (Object.keys(optionProblems).length > 0) {
      setFormError('Correct the options first.');
      return;
    }
    if (combinationCount(options) > MAX_VARIANTS) {
      setFormError(`That makes more than ${MAX_VARIANTS} variants: use fewer values.`);
      return;
    }
    setFormError(null);
    setRows(generateRows(options, rows, product.sku));
  };

  const save = async () => {
    const problems = variantErrors(options, rows);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setFormError('Please correct the highlighted fields.');
      return;
    }
    if (options.length > 0 && rows.length === 0) {
      setFormError('Generate the variants first, or remove the options to sell the product plain.');
      return;
    }
    if (!rowsMatchOptions(options, rows)) {
      setFormError('The options have changed: generate the variants again before saving.');
      return;
    }
    setFormError(null);
    setSaving(true);
    try {
      const result = await saveVariants(product.id, toVariantsInput(options, rows));
      const next = variantFormValues(result, product.price_cents);
      setOptions(next.options);
      setRows(next.rows);
      toast.success(
        result.variants.length > 0
          ? `${result.variants.length} variants saved.`
          : 'The product has no variants now.',
      );
      onSaved(result);
    } catch (caught: unknown) {
      const error = toApiError(caught);
      const placed = placeServerErrors(error, rows);
      setErrors(placed.errors);
      setFormError(placed.message);
      if (error.status === 409) toast.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="space-y-5">
      <FormAlert message={formError} />
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
              onClick={() => setOptions(options.filter((_, at) => at !== index))}
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
            onClick={() => setOptions([...options, { name: '', values: '' }])}
          >
            <PlusIcon className="h-4 w-4" aria-hidden="true" />
            Add option
          </Button>
          <Button variant="secondary" size="sm" disabled={options.length === 0} onClick={generate}>
            Generate variants
          </Button>
        </div>
      </div>

      {rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Variants of {product.name}</caption>
            <thead>
              <tr className="text-left text-slate-700">
                <th scope="col" className="py-2 pr-3 font-medium">
                  Variant
                </th>
                {ROW_FIELDS.map((column) => (
                  <th
                    key={column.field}
                    scope="col"
                    className={`px-2 py-2 font-medium ${column.numeric ? 'text-right' : ''}`}
                  >
                    {column.label}
                  </th>
                ))}
                <th scope="col" className="py-2 pl-2">
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row, index) => {
                const title = row.options.join(' / ');
                return (
                  <tr key={row.options.join('\u0000')} data-testid="variant-row">
                    <th
                      scope="row"
                      className="whitespace-nowrap py-2 pr-3 text-left font-medium text-slate-900"
                    >
                      {title}
                    </th>
                    {ROW_FIELDS.map((column) => (
                      <td key={column.field} className="px-2 py-2 align-top">
                        <CellInput
                          id={`variant-${index}-${column.field}`}
                          label={`${column.label} of ${title}`}
                          value={row[column.field]}
                          error={errors[`variants.${index}.${column.field}`]}
                          numeric={column.numeric}
                          placeholder={column.field === 'price' ? productPrice : undefined}
                          onChange={(value) => changeRow(index, column.field, value)}
                        />
                      </td>
                    ))}
                    <td className="py-2 pl-2 align-top">
                      <Button
                        variant="ghost"
                        size="sm"
                        aria-label={`Remove ${title}`}
                        onClick={() => setRows(rows.filter((_, at) => at !== index))}
                      >
                        <TrashIcon className="h-4 w-4" aria-hidden="true" />
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-600">
            An empty price sells the variant at the product&apos;s price ({productPrice}).
          </p>
        </div>
      ) : null}

      <div className="flex justify-end">
        <Button loading={saving} onClick={() => void save()}>
          Save variants
        </Button>
      </div>
    </div>
  );
}

export function VariantEditor({
  product,
  onSaved,
}: {
  product: AdminProduct;
  /** Called after a save: the product's stock (the variants' sum) has changed with it. */
  onSaved: () => void;
}) {
  const variants = useRemote(`variants:${product.id}`, () => getProductVariants(product.id));
  return (
    <Panel
      title="Variants"
      className="mt-6 p-4 shadow-sm sm:p-5"
      titleClassName="text-base font-semibold text-slate-900"
    >
      <p className="mb-4 mt-1 text-sm text-slate-600">
        Options such as size or colour, and a variant with its own SKU, price and stock for each
        combination you sell.
      </p>
      {variants.error ? (
        <Alert tone="error">The variants could not be loaded: {errorMessage(variants.error)}</Alert>
      ) : variants.data === null ? (
        <LoadingRegion label="Loading the variants">
          <Skeleton className="h-24" />
        </LoadingRegion>
      ) : (
        <VariantForm
          product={product}
          saved={variants.data}
          onSaved={(saved) => {
            variants.setData(saved);
            onSaved();
          }}
        />
      )}
    </Panel>
  );
}
