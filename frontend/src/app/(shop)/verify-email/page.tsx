import { AuthCard } from '@/features/account/components/auth-card';
import { VerifyEmailStatus } from '@/features/account/components/verify-email-status';
import { linkToken, type EmailLinkSearchParams } from '@/features/account/link-token';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Confirm your email');

export default function VerifyEmailPage({ searchParams }: { searchParams: EmailLinkSearchParams }) {
  return (
    <AuthCard title="Confirm your email">
      <VerifyEmailStatus token={linkToken(searchParams)} />
    </AuthCard>
  );
}
