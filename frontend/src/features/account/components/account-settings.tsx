'use client';

import toast from 'react-hot-toast';
import { maxLength } from '@/components/forms/field-rules';
import { FullNameField } from '@/components/forms/contact-fields';
import { TextField } from '@/components/forms/text-field';
import { FormAlert } from '@/components/forms/form-alert';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { NewPasswordFields } from '@/features/account/components/new-password-fields';
import { confirmationRules, passwordRules } from '@/features/account/password-rules';
import { useAuthStore } from '@/features/account/store';
import type { User } from '@/features/account/types';

function ProfileForm({ user }: { user: User }) {
  const updateProfile = useAuthStore((state) => state.updateProfile);
  const {
    register,
    submit,
    formError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useServerForm<{ full_name: string }>({
    defaultValues: { full_name: user.full_name },
    fields: ['full_name'],
  });

  const onSubmit = async ({ full_name }: { full_name: string }) => {
    const updated = await updateProfile(full_name.trim());
    reset({ full_name: updated.full_name });
    toast.success('Your name has been saved.');
  };

  return (
    <form onSubmit={submit(onSubmit)} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <TextField
        label="Email"
        type="email"
        value={user.email}
        readOnly
        disabled
        hint="Your email address cannot be changed here."
      />
      <FullNameField
        error={errors.full_name?.message}
        registration={register('full_name', {
          required: 'Enter your name.',
          maxLength: maxLength(200),
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
  const {
    register,
    submit,
    formError,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useServerForm<PasswordValues>({
    defaultValues: { current_password: '', new_password: '', confirm: '' },
    fields: ['current_password', 'new_password'],
    // The API answers a wrong current password with 400.
    statusFields: { 400: { field: 'current_password' } },
  });

  const onSubmit = async ({ current_password, new_password }: PasswordValues) => {
    await changePassword(current_password, new_password);
    reset();
    toast.success('Your password has been changed. Other devices have been signed out.');
  };

  return (
    <form onSubmit={submit(onSubmit)} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.current_password?.message}
        {...register('current_password', { required: 'Enter your current password.' })}
      />
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
      <Panel title="Profile" titleClassName="mb-4 text-lg font-semibold">
        <ProfileForm user={user} />
      </Panel>
      <Panel title="Change password" titleClassName="mb-4 text-lg font-semibold">
        <ChangePasswordForm />
      </Panel>
    </div>
  );
}
