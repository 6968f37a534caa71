import type { Metadata } from 'next';
import { firstValue } from '@/lib/search-param';
import { AuthCard } from '@/features/account/components/auth-card';
import { ResetPasswordForm } from '@/features/account/components/reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } };

export default function ResetPasswordPage({
  searchParams,
}: {
  searchParams: { token?: string | string[] };
}) {
  return (
    <AuthCard title="Choose a new password">
      <ResetPasswordForm token={firstValue(searchParams.token) ?? null} />
    </AuthCard>
  );
}
