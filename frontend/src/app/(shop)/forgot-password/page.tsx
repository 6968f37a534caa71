import { AuthCard } from '@/features/account/components/auth-card';
import { ForgotPasswordForm } from '@/features/account/components/forgot-password-form';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Forgot your password');

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter the email address of your account and we will send you a link to choose a new password."
      footerLink={{ href: '/login', label: 'Back to sign in' }}
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
