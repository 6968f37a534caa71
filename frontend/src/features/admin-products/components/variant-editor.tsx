'use client';

// The product page's "Variants" section in the back office: the options (variant-options-editor),
// "Generate variants" for every combination, the rows to edit or remove (variants-table), and
// Save, which replaces them all in one PUT.
import { useState } from 'react';
import toast from 'react-hot-toast';
import { FormAlert } from '@/components/forms/form-alert';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { getProductVariants, saveVariants } from '@/features/admin-products/api';
import { VariantOptionsEditor } from '@/features/admin-products/components/variant-options-editor';
import { VariantsTable } from '@/features/admin-products/components/variants-table';
import type { AdminProduct } from '@/features/admin-products/types';
import {
  generateProblems,
  generateRows,
  placeServerErrors,
  saveProblems,
  toVariantsInput,
  variantFormValues,
  type OptionDraft,
  type VariantErrors,
  type VariantRow,
} from '@/features/admin-products/variants-form';
import type { Variants } from '@/features/catalog/types';
import { errorMessage, toApiError } from '@/lib/api-error';
import { centsToDecimalString } from '@/lib/money';
import { useRemote } from '@/lib/use-remote';

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

  const generate = () => {
    const problems = generateProblems(options);
    setErrors(problems.errors);
    setFormError(problems.message);
    if (problems.message === null) setRows(generateRows(options, rows, product.sku));
  };

  const save = async () => {
    const problems = saveProblems(options, rows);
    setErrors(problems.errors);
    setFormError(problems.message);
    if (problems.message !== null) return;
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
      <VariantOptionsEditor
        options={options}
        errors={errors}
        onChange={setOptions}
        onGenerate={generate}
      />

      {rows.length > 0 ? (
        <VariantsTable
          productName={product.name}
          productPrice={centsToDecimalString(product.price_cents)}
          rows={rows}
          errors={errors}
          onChange={setRows}
        />
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
