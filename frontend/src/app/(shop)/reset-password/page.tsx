import type { Metadata } from 'next';
import { AuthCard } from '@/features/account/components/auth-card';
import { ResetPasswordForm } from '@/features/account/components/reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } };

export default function ResetPasswordPage({
  searchParams,
}: {
  searchParams: { token?: string | string[] };
}) {
  const token = Array.isArray(searchParams.token) ? searchParams.token[0] : searchParams.token;
  return (
    <AuthCard title="Choose a new password">
      <ResetPasswordForm token={token ?? null} />
    </AuthCard>
  );
}
