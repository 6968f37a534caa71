// The password inputs of the account forms: the one a person has, and a new one with its repeat.
import type { FieldValues, Path, UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { confirmationRules, passwordRules } from '@/features/account/password-rules';

/** A form with a new password; its repeat is the field `confirm`, which never goes to the API. */
type NewPasswordValues = FieldValues & { confirm: string };

interface NewPasswordFieldsProps<Values extends NewPasswordValues> {
  /** "Password" where an account is made, "New password" where one is replaced. */
  label: string;
  /** The form that holds both fields; they register themselves with the password rules. */
  form: Pick<UseFormReturn<Values>, 'register' | 'getValues' | 'getFieldState' | 'formState'>;
  /** The field of the new password (named as the API names it). */
  password: Path<Values>;
}

/** A new password and the field that repeats it, as every form that sets a password shows them. */
export function NewPasswordFields<Values extends NewPasswordValues>({
  label,
  form,
  password,
}: NewPasswordFieldsProps<Values>) {
  const { register, getValues, getFieldState, formState } = form;
  const confirm = 'confirm' as Path<Values>;
  return (
    <>
      <TextField
        label={label}
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={getFieldState(password, formState).error?.message}
        {...register(password, passwordRules)}
      />
      <TextField
        label={`Confirm ${label.toLowerCase()}`}
        type="password"
        autoComplete="new-password"
        required
        error={getFieldState(confirm, formState).error?.message}
        {...register(
          confirm,
          confirmationRules(label.toLowerCase(), () => String(getValues(password))),
        )}
      />
    </>
  );
}

/** The password a person already has: "Password" to sign in, "Current password" to change it. */
export function CurrentPasswordField({
  label,
  registration,
  error,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="current-password"
      required
      error={error}
      {...registration}
    />
  );
}
