import { AuthCard } from '@/features/account/components/auth-card';
import { ResetPasswordForm } from '@/features/account/components/reset-password-form';
import { linkToken, type EmailLinkSearchParams } from '@/features/account/link-token';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Choose a new password');

export default function ResetPasswordPage({
  searchParams,
}: {
  searchParams: EmailLinkSearchParams;
}) {
  return (
    <AuthCard title="Choose a new password">
      <ResetPasswordForm token={linkToken(searchParams)} />
    </AuthCard>
  );
}
