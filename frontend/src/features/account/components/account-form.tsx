// The frame of the account forms (sign-in, sign-up, passwords, profile): the form-level error on
// top, the fields, then the one submit button.
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { FormShell, type FormShellProps } from '@/components/forms/form-shell';
import type { ServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';

export interface AccountFormProps<Values extends FieldValues>
  extends Pick<FormShellProps<Values>, 'onSubmit' | 'alertAction'> {
  form: ServerForm<Values>;
  submitLabel: string;
  /** 'page': the form is the page's task, with a large full-width button; 'panel': one of several. */
  layout?: 'page' | 'panel';
  submitDisabled?: boolean;
  children: ReactNode;
}

export function AccountForm<Values extends FieldValues>({
  form,
  submitLabel,
  layout = 'page',
  submitDisabled,
  children,
  ...shell
}: AccountFormProps<Values>) {
  return (
    <FormShell form={form} {...shell}>
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
    </FormShell>
  );
}
