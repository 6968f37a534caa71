import type { Metadata } from 'next';
import { firstValue } from '@/lib/search-param';
import { AuthCard } from '@/features/account/components/auth-card';
import { VerifyEmailStatus } from '@/features/account/components/verify-email-status';

export const metadata: Metadata = { title: 'Confirm your email', robots: { index: false } };

export default function VerifyEmailPage({
  searchParams,
}: {
  searchParams: { token?: string | string[] };
}) {
  return (
    <AuthCard title="Confirm your email">
      <VerifyEmailStatus token={firstValue(searchParams.token) ?? null} />
    </AuthCard>
  );
}
