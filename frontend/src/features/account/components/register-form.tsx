'use client';

import Link from 'next/link';
import { useState } from 'react';
import { EnvelopeIcon } from '@heroicons/react/24/outline';
import { emailPattern, maxLength } from '@/components/forms/field-rules';
import { EmailField, FullNameField } from '@/components/forms/contact-fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { AccountForm } from '@/features/account/components/account-form';
import { NewPasswordFields } from '@/features/account/components/password-fields';
import { useAuthStore } from '@/features/account/store';
import { useResendVerification } from '@/features/account/use-resend-verification';

interface RegisterValues {
  full_name: string;
  email: string;
  password: string;
  confirm: string;
}

export function RegisterForm() {
  const registerUser = useAuthStore((state) => state.register);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { resending, resend } = useResendVerification();
  const form = useServerForm<RegisterValues>({
    defaultValues: { full_name: '', email: '', password: '', confirm: '' },
    fields: ['full_name', 'email', 'password'],
    statusFields: {
      409: {
        field: 'email',
        message: 'An account with this email already exists. Try signing in.',
      },
    },
  });
  const {
    register,
    formState: { errors },
  } = form;

  const onSubmit = async (values: RegisterValues) => {
    const user = await registerUser({
      full_name: values.full_name.trim(),
      email: values.email.trim(),
      password: values.password,
    });
    setSentTo(user.email);
  };

  if (sentTo !== null) {
    return (
      <div className="text-center" role="status">
        <EnvelopeIcon className="mx-auto h-12 w-12 text-brand-600" aria-hidden="true" />
        <h2 className="mt-3 text-lg font-semibold">Check your email</h2>
        <p className="mt-2 text-sm text-slate-600">
          We sent a link to <strong>{sentTo}</strong>. Open it to confirm your address, then sign
          in.
        </p>
        <div className="mt-6 flex flex-col gap-2">
          <Link href="/login" className="font-semibold text-brand-700 hover:text-brand-800">
            Go to sign in
          </Link>
          <Button variant="ghost" size="sm" loading={resending} onClick={() => void resend(sentTo)}>
            Send the link again
          </Button>
        </div>
      </div>
    );
  }

  return (
    <AccountForm form={form} onSubmit={onSubmit} submitLabel="Create account">
      <FullNameField
        error={errors.full_name?.message}
        registration={register('full_name', {
          required: 'Enter your name.',
          maxLength: maxLength(200),
        })}
      />
      <EmailField
        error={errors.email?.message}
        registration={register('email', {
          required: 'Enter your email address.',
          pattern: emailPattern,
        })}
      />
      <NewPasswordFields label="Password" form={form} password="password" />
    </AccountForm>
  );
}
