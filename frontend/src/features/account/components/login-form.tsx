'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { EmailField } from '@/components/forms/contact-fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { AccountForm } from '@/features/account/components/account-form';
import { CurrentPasswordField } from '@/features/account/components/password-fields';
import { useAuthStore } from '@/features/account/store';
import { useResendVerification } from '@/features/account/use-resend-verification';
import { describeMerge } from '@/features/cart/merge';
import { useCartStore } from '@/features/cart/store';
import { errorMessage, toApiError } from '@/lib/api-error';

interface LoginValues {
  email: string;
  password: string;
}

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const login = useAuthStore((state) => state.login);
  const mergeGuestCart = useCartStore((state) => state.mergeGuestCart);
  const [unverifiedEmail, setUnverifiedEmail] = useState<string | null>(null);
  const { resending, resend } = useResendVerification();
  const form = useServerForm<LoginValues>({
    defaultValues: { email: '', password: '' },
    fields: ['email', 'password'],
  });
  const {
    register,
    formState: { errors },
  } = form;

  const onSubmit = async ({ email, password }: LoginValues) => {
    setUnverifiedEmail(null);
    let name: string;
    try {
      const user = await login(email.trim(), password);
      name = user.full_name;
    } catch (error: unknown) {
      const apiError = toApiError(error);
      if (apiError.status === 403 && /verif/i.test(apiError.message)) {
        setUnverifiedEmail(email.trim());
        return;
      }
      throw error;
    }
    try {
      const message = describeMerge(await mergeGuestCart());
      if (message) toast(message, { icon: 'ℹ️', duration: 10_000, id: 'cart-merge' });
    } catch (error: unknown) {
      toast.error(`We could not add your saved cart: ${errorMessage(error)}`);
    }
    toast.success(`Welcome back, ${name}!`, { id: 'welcome' });
    router.replace(next);
    router.refresh();
  };

  const onResend = async () => {
    if (unverifiedEmail === null) return;
    await resend(unverifiedEmail);
  };

  return (
    <AccountForm form={form} onSubmit={onSubmit} submitLabel="Sign in">
      {unverifiedEmail ? (
        <Alert tone="info">
          <p>
            Please confirm your email address first: open the link we sent to {unverifiedEmail}.
          </p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            loading={resending}
            onClick={() => void onResend()}
          >
            Send the link again
          </Button>
        </Alert>
      ) : null}
      <EmailField
        error={errors.email?.message}
        registration={register('email', { required: 'Enter your email address.' })}
      />
      <CurrentPasswordField
        label="Password"
        error={errors.password?.message}
        registration={register('password', { required: 'Enter your password.' })}
      />
      <div className="flex justify-end text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:text-brand-800">
          Forgot your password?
        </Link>
      </div>
    </AccountForm>
  );
}
