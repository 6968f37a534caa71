'use client';

import Link from 'next/link';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { useServerForm } from '@/components/forms/use-server-form';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { resetPassword } from '@/features/account/api';
import { NewPasswordFields } from '@/features/account/components/new-password-fields';
import { confirmationRules, passwordRules } from '@/features/account/password-rules';

interface ResetValues {
  new_password: string;
  confirm: string;
}

export function ResetPasswordForm({ token }: { token: string | null }) {
  const [done, setDone] = useState(false);
  const {
    register,
    submit,
    formError,
    getValues,
    formState: { errors, isSubmitting },
  } = useServerForm<ResetValues>({
    defaultValues: { new_password: '', confirm: '' },
    fields: ['new_password'],
  });

  if (!token) {
    return (
      <Alert tone="error">
        This link has no token. Open the link from the email again, or{' '}
        <Link href="/forgot-password" className="font-semibold underline">
          ask for a new one
        </Link>
        .
      </Alert>
    );
  }

  const onSubmit = async ({ new_password }: ResetValues) => {
    await resetPassword(token, new_password);
    setDone(true);
  };

  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="success">Your password has been changed. You can now sign in with it.</Alert>
        <Link href="/login" className={`${buttonClasses('primary', 'lg')} w-full`}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={submit(onSubmit)} noValidate className="space-y-4">
      <FormAlert message={formError}>
        <Link href="/forgot-password" className="font-semibold underline">
          Ask for a new link
        </Link>
      </FormAlert>
      <NewPasswordFields
        label="New password"
        password={register('new_password', passwordRules)}
        confirm={register(
          'confirm',
          confirmationRules('new password', () => getValues('new_password')),
        )}
        passwordError={errors.new_password?.message}
        confirmError={errors.confirm?.message}
      />
      <Button type="submit" size="lg" className="w-full" loading={isSubmitting}>
        Set new password
      </Button>
    </form>
  );
}
