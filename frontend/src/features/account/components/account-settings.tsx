'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import toast from 'react-hot-toast';
import { TextField } from '@/components/forms/text-field';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { passwordRules } from '@/features/account/password-rules';
import { useAuthStore } from '@/features/account/store';
import type { User } from '@/features/account/types';
import { toApiError } from '@/lib/api-error';

function ProfileForm({ user }: { user: User }) {
  const updateProfile = useAuthStore((state) => state.updateProfile);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<{ full_name: string }>({ defaultValues: { full_name: user.full_name } });

  const onSubmit = async ({ full_name }: { full_name: string }) => {
    setFormError(null);
    try {
      const updated = await updateProfile(full_name.trim());
      reset({ full_name: updated.full_name });
      toast.success('Your name has been saved.');
    } catch (error: unknown) {
      setFormError(applyServerErrors(error, setError, ['full_name']));
    }
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label="Email"
        type="email"
        value={user.email}
        readOnly
        disabled
        hint="Your email address cannot be changed here."
      />
      <TextField
        label="Full name"
        autoComplete="name"
        required
        error={errors.full_name?.message}
        {...register('full_name', {
          required: 'Enter your name.',
          maxLength: { value: 200, message: 'Use at most 200 characters.' },
        })}
      />
      <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
        Save name
      </Button>
    </form>
  );
}

interface PasswordValues {
  current_password: string;
  new_password: string;
  confirm: string;
}

function ChangePasswordForm() {
  const changePassword = useAuthStore((state) => state.changePassword);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PasswordValues>({
    defaultValues: { current_password: '', new_password: '', confirm: '' },
  });

  const onSubmit = async ({ current_password, new_password }: PasswordValues) => {
    setFormError(null);
    try {
      await changePassword(current_password, new_password);
      reset();
      toast.success('Your password has been changed. Other devices have been signed out.');
    } catch (error: unknown) {
      if (toApiError(error).status === 400) {
        setError('current_password', { type: 'server', message: toApiError(error).message });
        return;
      }
      setFormError(applyServerErrors(error, setError, ['current_password', 'new_password']));
    }
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.current_password?.message}
        {...register('current_password', { required: 'Enter your current password.' })}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={errors.new_password?.message}
        {...register('new_password', passwordRules)}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm?.message}
        {...register('confirm', {
          required: 'Repeat your new password.',
          validate: (value) => value === getValues('new_password') || 'The passwords do not match.',
        })}
      />
      <Button type="submit" loading={isSubmitting}>
        Change password
      </Button>
    </form>
  );
}

export function AccountSettings() {
  const user = useAuthStore((state) => state.user);
  if (!user) return null;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section
        aria-labelledby="profile-heading"
        className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h2 id="profile-heading" className="mb-4 text-lg font-semibold">
          Profile
        </h2>
        <ProfileForm user={user} />
      </section>
      <section
        aria-labelledby="password-heading"
        className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h2 id="password-heading" className="mb-4 text-lg font-semibold">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
