'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { forgotPassword } from '@/features/account/api';

export function ForgotPasswordForm() {
  const [sent, setSent] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ email: string }>({ defaultValues: { email: '' } });

  const onSubmit = async ({ email }: { email: string }) => {
    setFormError(null);
    try {
      await forgotPassword(email.trim());
      setSent(email.trim());
    } catch (error: unknown) {
      setFormError(applyServerErrors(error, setError, ['email']));
    }
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
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={errors.email?.message}
        {...register('email', { required: 'Enter your email address.' })}
      />
      <Button type="submit" size="lg" className="w-full" loading={isSubmitting}>
        Send reset link
      </Button>
    </form>
  );
}
