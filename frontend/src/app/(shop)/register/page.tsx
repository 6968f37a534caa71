import Link from 'next/link';
import { AuthCard } from '@/features/account/components/auth-card';
import { RegisterForm } from '@/features/account/components/register-form';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Create an account');

export default function RegisterPage() {
  return (
    <AuthCard
      title="Create an account"
      description="Track your orders and check out faster."
      footer={
        <>
          Already have an account?{' '}
          <Link href="/login" className="font-semibold text-brand-700 hover:text-brand-800">
            Sign in
          </Link>
        </>
      }
    >
      <RegisterForm />
    </AuthCard>
  );
}
