import Link from 'next/link';
import { AuthCard } from '@/features/account/components/auth-card';
import { ForgotPasswordForm } from '@/features/account/components/forgot-password-form';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Forgot your password');

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter the email address of your account and we will send you a link to choose a new password."
      footer={
        <Link href="/login" className="font-semibold text-brand-700 hover:text-brand-800">
          Back to sign in
        </Link>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
