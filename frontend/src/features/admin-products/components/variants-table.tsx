'use client';

// The variant editor's table: a row per variant, named by its values ("M / Red"), with its SKU,
// price, compare-at price and stock to edit, each cell's error under it, and a button to remove it.
import { TrashIcon } from '@heroicons/react/24/outline';
import { inputClasses } from '@/components/forms/text-field';
import { Button } from '@/components/ui/button';
import type { VariantErrors, VariantRow } from '@/features/admin-products/variants-form';

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

export function VariantsTable({
  productName,
  productPrice,
  rows,
  errors,
  onChange,
}: {
  productName: string;
  /** The product's price as typed ("20.00"): what an empty price cell sells the variant at. */
  productPrice: string;
  rows: VariantRow[];
  /** Keyed `variants.N.<field>`, as variantErrors keys them. */
  errors: VariantErrors;
  onChange: (rows: VariantRow[]) => void;
}) {
  const changeRow = (index: number, field: RowField, value: string) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));

  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Variants of {productName}</caption>
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
                    onClick={() => onChange(rows.filter((_, at) => at !== index))}
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
  );
}
