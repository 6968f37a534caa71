'use client';

import toast from 'react-hot-toast';
import { maxLength } from '@/components/forms/field-rules';
import { FullNameField } from '@/components/forms/contact-fields';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { Panel } from '@/components/ui/panel';
import { AccountForm } from '@/features/account/components/account-form';
import {
  CurrentPasswordField,
  NewPasswordFields,
} from '@/features/account/components/password-fields';
import { useAuthStore } from '@/features/account/store';
import type { User } from '@/features/account/types';

function ProfileForm({ user }: { user: User }) {
  const updateProfile = useAuthStore((state) => state.updateProfile);
  const form = useServerForm<{ full_name: string }>({
    defaultValues: { full_name: user.full_name },
    fields: ['full_name'],
  });
  const {
    register,
    reset,
    formState: { errors, isDirty },
  } = form;

  const onSubmit = async ({ full_name }: { full_name: string }) => {
    const updated = await updateProfile(full_name.trim());
    reset({ full_name: updated.full_name });
    toast.success('Your name has been saved.');
  };

  return (
    <AccountForm
      form={form}
      onSubmit={onSubmit}
      submitLabel="Save name"
      layout="panel"
      submitDisabled={!isDirty}
    >
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
    </AccountForm>
  );
}

interface PasswordValues {
  current_password: string;
  new_password: string;
  confirm: string;
}

function ChangePasswordForm() {
  const changePassword = useAuthStore((state) => state.changePassword);
  const form = useServerForm<PasswordValues>({
    defaultValues: { current_password: '', new_password: '', confirm: '' },
    fields: ['current_password', 'new_password'],
    // The API answers a wrong current password with 400.
    statusFields: { 400: { field: 'current_password' } },
  });
  const {
    register,
    reset,
    formState: { errors },
  } = form;

  const onSubmit = async ({ current_password, new_password }: PasswordValues) => {
    await changePassword(current_password, new_password);
    reset();
    toast.success('Your password has been changed. Other devices have been signed out.');
  };

  return (
    <AccountForm form={form} onSubmit={onSubmit} submitLabel="Change password" layout="panel">
      <CurrentPasswordField
        label="Current password"
        error={errors.current_password?.message}
        registration={register('current_password', { required: 'Enter your current password.' })}
      />
      <NewPasswordFields label="New password" form={form} password="new_password" />
    </AccountForm>
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
