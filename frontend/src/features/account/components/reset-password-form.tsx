'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useServerForm } from '@/components/forms/use-server-form';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { resetPassword } from '@/features/account/api';
import { AccountForm } from '@/features/account/components/account-form';
import { NewPasswordFields } from '@/features/account/components/password-fields';

interface ResetValues {
  new_password: string;
  confirm: string;
}

export function ResetPasswordForm({ token }: { token: string | null }) {
  const [done, setDone] = useState(false);
  const form = useServerForm<ResetValues>({
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
    <AccountForm
      form={form}
      onSubmit={onSubmit}
      submitLabel="Set new password"
      alertAction={
        <Link href="/forgot-password" className="font-semibold underline">
          Ask for a new link
        </Link>
      }
    >
      <NewPasswordFields label="New password" form={form} password="new_password" />
    </AccountForm>
  );
}
