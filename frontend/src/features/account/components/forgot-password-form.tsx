'use client';

import { useState } from 'react';
import { EmailField } from '@/components/forms/contact-fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Alert } from '@/components/ui/alert';
import { forgotPassword } from '@/features/account/api';
import { AccountForm } from '@/features/account/components/account-form';

export function ForgotPasswordForm() {
  const [sent, setSent] = useState<string | null>(null);
  const form = useServerForm<{ email: string }>({
    defaultValues: { email: '' },
    fields: ['email'],
  });

  const onSubmit = async ({ email }: { email: string }) => {
    await forgotPassword(email.trim());
    setSent(email.trim());
  };

  if (sent !== null) {
    return (
      <Alert tone="success">
        If an account exists for {sent}, we sent it a link to choose a new password. The link works
        for one hour.
      </Alert>
    );
  }
  return (
    <AccountForm form={form} onSubmit={onSubmit} submitLabel="Send reset link">
      <EmailField
        error={form.formState.errors.email?.message}
        registration={form.register('email', { required: 'Enter your email address.' })}
      />
    </AccountForm>
  );
}
