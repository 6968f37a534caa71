'use client';

import { useState } from 'react';
import { EmailField } from '@/components/forms/contact-fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useServerForm } from '@/components/forms/use-server-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { forgotPassword } from '@/features/account/api';

export function ForgotPasswordForm() {
  const [sent, setSent] = useState<string | null>(null);
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm<{ email: string }>({ defaultValues: { email: '' }, fields: ['email'] });

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
    <form onSubmit={submit(onSubmit)} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <EmailField
        error={errors.email?.message}
        registration={register('email', { required: 'Enter your email address.' })}
      />
      <Button type="submit" size="lg" className="w-full" loading={isSubmitting}>
        Send reset link
      </Button>
    </form>
  );
}
