// The one server-aware form of the app: React Hook Form plus the form-level error the API can
// cause. Submit handlers just throw; the error lands on fields (422, or a status the form maps to
// a field) or in `formError`, which <FormAlert> shows above the form.
import { useCallback, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type FieldValues, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import { applyServerErrors, type ServerErrorMap } from '@/components/forms/server-errors';

export type ServerFormOptions<Values extends FieldValues> = UseFormProps<Values> &
  ServerErrorMap<Values>;

export interface ServerForm<Values extends FieldValues> extends UseFormReturn<Values> {
  /** The message for the form as a whole, or null. */
  formError: string | null;
  setFormError: (message: string | null) => void;
  /**
   * Like `handleSubmit`: validates, clears the form-level error, then runs `onValid`. Whatever
   * `onValid` throws is put on the form (fields or `formError`) instead of escaping.
   */
  submit: (
    onValid: (values: Values) => Promise<void> | void,
  ) => (event?: BaseSyntheticEvent) => Promise<void>;
}

/** A React Hook Form (options as `useForm`) that knows how to show the API's errors. */
export function useServerForm<Values extends FieldValues>({
  fields,
  statusFields,
  ...options
}: ServerFormOptions<Values>): ServerForm<Values> {
  const form = useForm<Values>(options);
  const [formError, setFormError] = useState<string | null>(null);
  const { handleSubmit, setError } = form;
  const submit = useCallback(
    (onValid: (values: Values) => Promise<void> | void) =>
      handleSubmit(async (values) => {
        setFormError(null);
        try {
          await onValid(values);
        } catch (error: unknown) {
          setFormError(applyServerErrors(error, setError, { fields, statusFields }));
        }
      }),
    [handleSubmit, setError, fields, statusFields],
  );
  return { ...form, formError, setFormError, submit };
}
