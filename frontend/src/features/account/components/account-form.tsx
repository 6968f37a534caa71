// The frame of the account forms (sign-in, sign-up, passwords, profile): the form-level error on
// top, the fields, then the one submit button.
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { FormAlert } from '@/components/forms/form-alert';
import type { ServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';

export interface AccountFormProps<Values extends FieldValues> {
  form: ServerForm<Values>;
  onSubmit: (values: Values) => Promise<void> | void;
  submitLabel: string;
  /** Follows the form-level error, e.g. a link to try another way. */
  alertAction?: ReactNode;
  /** 'page': the form is the page's task, with a large full-width button; 'panel': one of several. */
  layout?: 'page' | 'panel';
  submitDisabled?: boolean;
  children: ReactNode;
}

export function AccountForm<Values extends FieldValues>({
  form,
  onSubmit,
  submitLabel,
  alertAction,
  layout = 'page',
  submitDisabled,
  children,
}: AccountFormProps<Values>) {
  return (
    <form onSubmit={form.submit(onSubmit)} noValidate className="space-y-4">
      <FormAlert message={form.formError}>{alertAction}</FormAlert>
      {children}
      <Button
        type="submit"
        size={layout === 'page' ? 'lg' : 'md'}
        className={layout === 'page' ? 'w-full' : undefined}
        loading={form.formState.isSubmitting}
        disabled={submitDisabled}
      >
        {submitLabel}
      </Button>
    </form>
  );
}
