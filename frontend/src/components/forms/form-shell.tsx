// The <form> of every server-aware form (useServerForm): it submits through the form's `submit`
// (the form validates, so the browser's own checks are off), shows the form-level error first and,
// given `actions`, ends with FormActions: the Cancel and submit buttons most such forms end with.
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { FormAlert } from '@/components/forms/form-alert';
import type { ServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';

export interface FormShellProps<Values extends FieldValues> {
  form: Pick<ServerForm<Values>, 'submit' | 'formError' | 'formState'>;
  onSubmit: (values: Values) => Promise<void> | void;
  /** Follows the form-level error, e.g. a link to try another way. */
  alertAction?: ReactNode;
  /** The form's accessible name, where a page holds more than one form. */
  label?: string;
  className?: string;
  /** The buttons after the fields; they show the form busy while it submits. */
  actions?: Omit<FormActionsProps, 'submitting'>;
  children: ReactNode;
}

export function FormShell<Values extends FieldValues>({
  form,
  onSubmit,
  alertAction,
  label,
  className = 'space-y-4',
  actions,
  children,
}: FormShellProps<Values>) {
  return (
    <form onSubmit={form.submit(onSubmit)} noValidate className={className} aria-label={label}>
      <FormAlert message={form.formError}>{alertAction}</FormAlert>
      {children}
      {actions ? <FormActions {...actions} submitting={form.formState.isSubmitting} /> : null}
    </form>
  );
}

export interface FormActionsProps {
  submitLabel: string;
  /** Whether the form is submitting: the submit button spins and Cancel is disabled. */
  submitting: boolean;
  /** Without it, no Cancel button (the form cannot be left). */
  onCancel?: () => void;
}

/** The buttons that end a form, on the right: Cancel, then the submit button. */
export function FormActions({ submitLabel, submitting, onCancel }: FormActionsProps) {
  return (
    <div className="flex flex-wrap justify-end gap-2 pt-2">
      {onCancel ? (
        <Button variant="secondary" onClick={onCancel} disabled={submitting}>
          Cancel
        </Button>
      ) : null}
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </div>
  );
}
