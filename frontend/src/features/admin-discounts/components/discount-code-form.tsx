'use client';

// Creates a discount code or edits one: a percentage or an amount off, with an optional minimum
// subtotal, period and usage limit. The API's field errors land on their fields; a code another one
// already has (409) lands on the code.
import { CheckboxField } from '@/components/forms/checkbox-field';
import { FormShell } from '@/components/forms/form-shell';
import { SelectField } from '@/components/forms/select-field';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { createDiscountCode, updateDiscountCode } from '@/features/admin-discounts/api';
import {
  DISCOUNT_CODE_FIELDS,
  codeError,
  discountCodeFormValues,
  minSubtotalError,
  periodError,
  toDiscountCodeInput,
  usageLimitError,
  valueError,
  type DiscountCodeFormValues,
} from '@/features/admin-discounts/form';
import type { DiscountCode } from '@/features/admin-discounts/types';
import { createOrUpdate } from '@/lib/create-or-update';
import { CURRENCY } from '@/lib/money';

/** The code's on-off settings, below its fields. */
const SWITCHES = [
  {
    name: 'once_per_customer',
    label: 'One use per customer',
    hint: 'A customer who has an order with it cannot use it again.',
  },
  {
    name: 'is_active',
    label: 'Active',
    hint: 'Customers can apply it. Switch it off to stop it at once.',
  },
] as const;

const KIND_OPTIONS = [
  { value: 'percentage', label: 'Percentage off' },
  { value: 'fixed', label: 'Fixed amount off' },
];

export interface DiscountCodeFormProps {
  /** The code to edit, or null to create one. */
  discountCode: DiscountCode | null;
  onSaved: (discountCode: DiscountCode) => void;
  onCancel: () => void;
}

export function DiscountCodeForm({ discountCode, onSaved, onCancel }: DiscountCodeFormProps) {
  const form = useServerForm<DiscountCodeFormValues>({
    defaultValues: discountCodeFormValues(discountCode),
    fields: DISCOUNT_CODE_FIELDS,
    statusFields: { 409: { field: 'code' } },
  });

  const { register, watch } = form;
  const { errors } = form.formState;

  const onSubmit = async (values: DiscountCodeFormValues) => {
    const input = toDiscountCodeInput(values);
    onSaved(await createOrUpdate(discountCode, input, createDiscountCode, updateDiscountCode));
  };

  const percentage = watch('kind') === 'percentage';
  return (
    <FormShell
      form={form}
      onSubmit={onSubmit}
      actions={{ submitLabel: discountCode ? 'Save changes' : 'Create discount code', onCancel }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          className="sm:col-span-2"
          label="Code"
          required
          autoComplete="off"
          spellCheck={false}
          hint="What customers type in their cart: 3 to 32 letters, digits, - or _, in any case."
          error={errors.code?.message}
          {...register('code', { validate: codeError })}
        />
        <SelectField
          label="Kind"
          options={KIND_OPTIONS}
          error={errors.kind?.message}
          {...register('kind')}
        />
        <TextField
          label={percentage ? 'Percent off' : `Amount off (${CURRENCY})`}
          inputMode="decimal"
          required
          placeholder={percentage ? '10' : '5.00'}
          error={errors.value?.message}
          {...register('value', { validate: (value, form) => valueError(value, form.kind) })}
        />
        <TextField
          label="Minimum subtotal"
          inputMode="decimal"
          placeholder="0.00"
          hint="Optional: the cart must come to at least this much."
          error={errors.min_subtotal?.message}
          {...register('min_subtotal', { validate: minSubtotalError })}
        />
        <TextField
          label="Usage limit"
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          hint="Optional: how many orders may use it in all."
          error={errors.usage_limit?.message}
          {...register('usage_limit', { validate: usageLimitError })}
        />
        <TextField
          label="Starts"
          type="datetime-local"
          hint="Optional, in your time zone."
          error={errors.starts_at?.message}
          {...register('starts_at')}
        />
        <TextField
          label="Ends"
          type="datetime-local"
          hint="Optional, in your time zone."
          error={errors.ends_at?.message}
          {...register('ends_at', {
            validate: (value, form) => periodError(form.starts_at, value),
          })}
        />
      </div>
      {SWITCHES.map(({ name, label, hint }) => (
        <CheckboxField key={name} label={label} hint={hint} {...register(name)} />
      ))}
    </FormShell>
  );
}
