// The lines of a postal address (street, city, state or region, postal code, country) in the
// order a person fills them in: their labels, browser autofill and which of them are required are
// the same in every form; each form names its fields and adds its own rules (e.g. length limits).
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';

export type AddressLine = 'address' | 'city' | 'state' | 'postal_code' | 'country';

const LINES: { line: AddressLine; label: string; autoComplete: string; required: boolean }[] = [
  { line: 'address', label: 'Street address', autoComplete: 'street-address', required: true },
  { line: 'city', label: 'City', autoComplete: 'address-level2', required: true },
  { line: 'state', label: 'State / region', autoComplete: 'address-level1', required: false },
  { line: 'postal_code', label: 'Postal code', autoComplete: 'postal-code', required: true },
  { line: 'country', label: 'Country', autoComplete: 'country-name', required: true },
];

export interface AddressLineField {
  registration: UseFormRegisterReturn;
  error?: string;
}

export interface PostalAddressFieldsProps {
  /** The form's field for `line`, registered with its rules (`required` says if it must be set). */
  field: (line: AddressLine, required: boolean) => AddressLineField;
  /** Classes of the street line, e.g. the full width of the form's grid. */
  streetClassName?: string;
}

export function PostalAddressFields({ field, streetClassName }: PostalAddressFieldsProps) {
  return (
    <>
      {LINES.map(({ line, label, autoComplete, required }) => {
        const { registration, error } = field(line, required);
        return (
          <TextField
            key={line}
            className={line === 'address' ? streetClassName : undefined}
            label={label}
            autoComplete={autoComplete}
            required={required}
            error={error}
            {...registration}
          />
        );
      })}
    </>
  );
}
