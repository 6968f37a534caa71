// The name, email and phone inputs of the forms that ask a person for them (sign-up, profile,
// checkout, the address book):
// the label and browser autofill are the same everywhere; the rules stay with each form.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';

interface ContactFieldProps {
  registration: UseFormRegisterReturn;
  error?: string;
}

/** A required person's full name. */
export function FullNameField({ registration, error }: ContactFieldProps) {
  return (
    <TextField label="Full name" autoComplete="name" required error={error} {...registration} />
  );
}

/** An optional phone number, for delivery questions. */
export function PhoneField({ registration, error }: ContactFieldProps) {
  return (
    <TextField
      label="Phone"
      type="tel"
      autoComplete="tel"
      hint="Optional, for delivery questions."
      error={error}
      {...registration}
    />
  );
}

/** A required email address. */
export function EmailField({ registration, error }: ContactFieldProps) {
  return (
    <TextField
      label="Email"
      type="email"
      autoComplete="email"
      required
      error={error}
      {...registration}
    />
  );
}
