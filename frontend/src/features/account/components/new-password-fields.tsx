import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';

interface NewPasswordFieldsProps {
  /** "Password" where an account is made, "New password" where one is replaced. */
  label: string;
  password: UseFormRegisterReturn;
  confirm: UseFormRegisterReturn;
  passwordError?: string;
  confirmError?: string;
}

/** A new password and the field that repeats it, as every form that sets a password shows them. */
export function NewPasswordFields({
  label,
  password,
  confirm,
  passwordError,
  confirmError,
}: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={passwordError}
        {...password}
      />
      <TextField
        label={`Confirm ${label.toLowerCase()}`}
        type="password"
        autoComplete="new-password"
        required
        error={confirmError}
        {...confirm}
      />
    </>
  );
}
