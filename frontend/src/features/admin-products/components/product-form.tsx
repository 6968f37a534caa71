'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import toast from 'react-hot-toast';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { maxLength, notBlank, slugPattern } from '@/components/forms/field-rules';
import { FormAlert } from '@/components/forms/form-alert';
import { NameAndSlugFields } from '@/components/forms/name-and-slug-fields';
import { SelectField } from '@/components/forms/select-field';
import { TextField } from '@/components/forms/text-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { listCategories } from '@/features/admin-categories/api';
import { categoryOptions } from '@/features/admin-categories/options';
import { createProduct, updateProduct } from '@/features/admin-products/api';
import {
  PRODUCT_FIELDS,
  changedProductFields,
  moneyError,
  productFormValues,
  stockError,
  toProductInput,
  type ProductFormValues,
} from '@/features/admin-products/form';
import { ImageUpload } from '@/features/admin-products/components/image-upload';
import type { AdminProduct } from '@/features/admin-products/types';
import { errorMessage, type ApiError } from '@/lib/api-error';
import { CURRENCY } from '@/lib/money';
import { useRemote } from '@/lib/use-remote';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <legend className="sr-only">{title}</legend>
      <h2 className="mb-4 text-base font-semibold text-slate-900" aria-hidden="true">
        {title}
      </h2>
      <div className="space-y-4">{children}</div>
    </fieldset>
  );
}

/** The field a 409 names: the SKU or the slug another product already has. */
function conflictingField(error: ApiError): 'sku' | 'slug' | null {
  if (/sku/i.test(error.message)) return 'sku';
  return /slug/i.test(error.message) ? 'slug' : null;
}

export interface ProductFormProps {
  /** The product to edit, or null to create one. */
  product: AdminProduct | null;
  onSaved?: (product: AdminProduct) => void;
}

export function ProductForm({ product, onSaved }: ProductFormProps) {
  const router = useRouter();
  const categories = useRemote('categories', listCategories);
  const [uploading, setUploading] = useState(false);
  const [initial, setInitial] = useState(() => productFormValues(product));
  const {
    register,
    submit,
    formError,
    control,
    watch,
    reset,
    resetField,
    formState: { errors, isSubmitting, isDirty },
  } = useServerForm<ProductFormValues>({
    defaultValues: initial,
    fields: PRODUCT_FIELDS,
    statusFields: { 409: { field: conflictingField } },
  });

  // Saving variants changes the product's stock (their sum) outside this form: take the new stock
  // and keep whatever else is being edited.
  const savedStock = product === null ? null : String(product.stock_quantity);
  useEffect(() => {
    if (savedStock === null) return;
    setInitial((current) =>
      current.stock_quantity === savedStock ? current : { ...current, stock_quantity: savedStock },
    );
    resetField('stock_quantity', { defaultValue: savedStock });
  }, [savedStock, resetField]);

  const onSubmit = async (values: ProductFormValues) => {
    if (product === null) {
      const created = await createProduct(toProductInput(values));
      toast.success(`Product “${created.name}” created.`);
      router.push('/admin/products');
      return;
    }
    const changes = changedProductFields(values, initial);
    if (Object.keys(changes).length === 0) {
      toast('Nothing to save: no field has changed.', { icon: 'ℹ️' });
      return;
    }
    const saved = await updateProduct(product.id, changes);
    const next = productFormValues(saved);
    setInitial(next);
    reset(next);
    toast.success(`Product “${saved.name}” saved.`);
    onSaved?.(saved);
  };

  const categoryChoices = [
    { value: '', label: 'No category' },
    ...categoryOptions(categories.data),
  ];
  const name = watch('name');

  /** An amount in the shop's currency; only a required one may be left empty. */
  const moneyField = (
    field: 'price' | 'compare_at_price' | 'cost_per_item',
    label: string,
    { required = false, hint }: { required?: boolean; hint?: string },
  ) => (
    <TextField
      label={label}
      inputMode="decimal"
      required={required}
      placeholder="0.00"
      hint={hint}
      error={errors[field]?.message}
      {...register(field, { validate: (value) => moneyError(value, required) })}
    />
  );
  return (
    <form onSubmit={submit(onSubmit)} noValidate>
      <FormAlert message={formError} className="mb-4" />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <Section title="Details">
            <NameAndSlugFields
              name={register('name', {
                validate: notBlank('Enter a name.'),
                maxLength: maxLength(200),
              })}
              slug={register('slug', { pattern: slugPattern })}
              nameError={errors.name?.message}
              slugError={errors.slug?.message}
              slugHint="The product's web address. Leave empty to make one from the name."
            />
            <TextareaField
              label="Description"
              rows={6}
              error={errors.description?.message}
              {...register('description')}
            />
          </Section>

          <Section title="Pricing">
            <div className="grid gap-4 sm:grid-cols-3">
              {moneyField('price', `Price (${CURRENCY})`, { required: true })}
              {moneyField('compare_at_price', 'Compare-at price', {
                hint: 'The old price, shown struck through.',
              })}
              {moneyField('cost_per_item', 'Cost per item', {
                hint: 'What you pay. Never shown to shoppers.',
              })}
            </div>
          </Section>

          <Section title="Inventory">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label="SKU"
                required
                autoComplete="off"
                error={errors.sku?.message}
                {...register('sku', {
                  validate: notBlank('Enter a SKU.'),
                  maxLength: maxLength(64),
                })}
              />
              <TextField
                label="Stock"
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                required
                readOnly={product?.has_variants}
                hint={product?.has_variants ? "The sum of the variants' stock." : undefined}
                error={errors.stock_quantity?.message}
                {...register('stock_quantity', { validate: stockError })}
              />
            </div>
          </Section>
        </div>

        <div className="space-y-6">
          <Section title="Visibility">
            <CheckboxField
              label="Active"
              hint="Shown in the shop and can be bought."
              {...register('is_active')}
            />
            <CheckboxField
              label="Featured"
              hint="Shown on the home page."
              {...register('is_featured')}
            />
          </Section>

          <Section title="Organisation">
            {categories.data !== null ? (
              <SelectField
                label="Category"
                options={categoryChoices}
                error={errors.category_id?.message}
                {...register('category_id')}
              />
            ) : categories.error ? (
              <Alert tone="error">
                The categories could not be loaded: {errorMessage(categories.error)}
              </Alert>
            ) : (
              <LoadingRegion label="Loading categories">
                <Skeleton className="h-16" />
              </LoadingRegion>
            )}
          </Section>

          <Section title="Media">
            <Controller
              control={control}
              name="image_url"
              render={({ field, fieldState }) => (
                <ImageUpload
                  value={field.value}
                  onChange={field.onChange}
                  onBusyChange={setUploading}
                  error={fieldState.error?.message}
                  productName={name}
                />
              )}
            />
          </Section>
        </div>
      </div>

      <div className="mt-6 flex flex-wrap items-center justify-end gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
        {product !== null && isDirty ? (
          <p className="mr-auto text-sm text-slate-600">You have unsaved changes.</p>
        ) : null}
        <Button variant="secondary" onClick={() => router.push('/admin/products')}>
          {product === null ? 'Cancel' : 'Back to products'}
        </Button>
        <Button type="submit" loading={isSubmitting} disabled={uploading}>
          {product === null ? 'Create product' : 'Save changes'}
        </Button>
      </div>
    </form>
  );
}
