import type { Metadata } from 'next';
import { AuthCard } from '@/features/account/components/auth-card';
import { VerifyEmailStatus } from '@/features/account/components/verify-email-status';

export const metadata: Metadata = { title: 'Confirm your email', robots: { index: false } };

export default function VerifyEmailPage({
  searchParams,
}: {
  searchParams: { token?: string | string[] };
}) {
  const token = Array.isArray(searchParams.token) ? searchParams.token[0] : searchParams.token;
  return (
    <AuthCard title="Confirm your email">
      <VerifyEmailStatus token={token ?? null} />
    </AuthCard>
  );
}
