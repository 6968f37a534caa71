// The checkout form's inputs: who the shopper is (Contact) and where the order goes.
import type { ReactNode } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { emailPattern, maxLength } from '@/components/forms/field-rules';
import { EmailField, FullNameField, PhoneField } from '@/components/forms/contact-fields';
import { PostalAddressFields } from '@/components/forms/postal-address-fields';
import { TextareaField } from '@/components/forms/textarea-field';
import type { CheckoutInput } from '@/features/checkout/types';

/** What the checkout form holds: every field of the order body, optional ones as "". */
export type CheckoutValues = Required<CheckoutInput>;

export const CHECKOUT_FIELDS = [
  'customer_name',
  'customer_email',
  'customer_phone',
  'shipping_address',
  'shipping_city',
  'shipping_state',
  'shipping_postal_code',
  'shipping_country',
  'notes',
] as const;

interface FieldsetProps {
  register: UseFormRegister<CheckoutValues>;
  errors: FieldErrors<CheckoutValues>;
}

const required = { required: 'This field is required.' };

const FIELDSET_CLASSES = 'rounded-lg border border-slate-200 bg-white p-4 sm:p-6';

export function ContactFieldset({ register, errors }: FieldsetProps) {
  return (
    <fieldset className={FIELDSET_CLASSES}>
      <legend className="px-1 text-lg font-semibold">Contact</legend>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        <FullNameField
          error={errors.customer_name?.message}
          registration={register('customer_name', {
            ...required,
            maxLength: maxLength(200),
          })}
        />
        <EmailField
          error={errors.customer_email?.message}
          registration={register('customer_email', {
            ...required,
            pattern: emailPattern,
          })}
        />
        <PhoneField
          error={errors.customer_phone?.message}
          registration={register('customer_phone')}
        />
      </div>
    </fieldset>
  );
}

interface ShippingFieldsetProps extends FieldsetProps {
  /** Above the fields, e.g. a choice of saved addresses that fills them. */
  picker?: ReactNode;
  /** After the address lines, e.g. the offer to save the address. */
  saveOption?: ReactNode;
}

export function ShippingFieldset({ register, errors, picker, saveOption }: ShippingFieldsetProps) {
  return (
    <fieldset className={FIELDSET_CLASSES}>
      <legend className="px-1 text-lg font-semibold">Shipping address</legend>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        {picker}
        <PostalAddressFields
          streetClassName="sm:col-span-2"
          field={(line, isRequired) => {
            const name = `shipping_${line}` as const;
            return {
              registration: register(name, isRequired ? required : {}),
              error: errors[name]?.message,
            };
          }}
        />
        {saveOption}
        <TextareaField
          className="sm:col-span-2"
          label="Delivery notes (optional)"
          rows={3}
          error={errors.notes?.message}
          {...register('notes', {
            maxLength: maxLength(1000),
          })}
        />
      </div>
    </fieldset>
  );
}
