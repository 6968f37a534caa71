'use client';

// Adds an address to the book or edits one: the API's field errors land on their fields, anything
// else (the limit's 409, say) in the alert above them.
import toast from 'react-hot-toast';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { FullNameField, PhoneField } from '@/components/forms/contact-fields';
import { maxLength } from '@/components/forms/field-rules';
import { FormShell } from '@/components/forms/form-shell';
import { PostalAddressFields, type AddressLine } from '@/components/forms/postal-address-fields';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { createAddress, updateAddress } from '@/features/addresses/api';
import {
  ADDRESS_FIELDS,
  addressFormValues,
  toAddressInput,
  type AddressFormValues,
} from '@/features/addresses/form';
import type { Address } from '@/features/addresses/types';
import { createOrUpdate } from '@/lib/create-or-update';

export interface AddressFormProps {
  /** The address to edit, or null to add one. */
  address: Address | null;
  onSaved: (address: Address) => void;
  onCancel: () => void;
}

const required = 'This field is required.';

/** The longest each line of the place itself may be. */
const LINE_LIMITS: Record<AddressLine, number> = {
  address: 500,
  city: 100,
  state: 100,
  postal_code: 20,
  country: 100,
};

export function AddressForm({ address, onSaved, onCancel }: AddressFormProps) {
  const editing = address !== null;
  const form = useServerForm<AddressFormValues>({
    defaultValues: addressFormValues(address),
    fields: ADDRESS_FIELDS,
  });
  const { register } = form;
  const { errors } = form.formState;

  const onSubmit = async (values: AddressFormValues) => {
    const input = toAddressInput(values, editing);
    onSaved(await createOrUpdate(address, input, createAddress, updateAddress));
    toast.success(editing ? 'Address saved.' : 'Address added.');
  };

  return (
    <FormShell
      form={form}
      onSubmit={onSubmit}
      actions={{ submitLabel: editing ? 'Save address' : 'Add address', onCancel }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Label"
          hint="Optional, e.g. Home or Work."
          error={errors.label?.message}
          {...register('label', { maxLength: maxLength(50) })}
        />
        <FullNameField
          error={errors.recipient_name?.message}
          registration={register('recipient_name', { required, maxLength: maxLength(200) })}
        />
        <PhoneField
          error={errors.phone?.message}
          registration={register('phone', { maxLength: maxLength(32) })}
        />
        <PostalAddressFields
          field={(line, isRequired) => ({
            registration: register(line, {
              required: isRequired && required,
              maxLength: maxLength(LINE_LIMITS[line]),
            }),
            error: errors[line]?.message,
          })}
        />
      </div>
      {address?.is_default ? (
        <p className="text-sm text-slate-600">This is your default address.</p>
      ) : (
        <CheckboxField label="Make this my default address" {...register('is_default')} />
      )}
    </FormShell>
  );
}
