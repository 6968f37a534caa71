import { AuthCard } from '@/features/account/components/auth-card';
import { RegisterForm } from '@/features/account/components/register-form';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Create an account');

export default function RegisterPage() {
  return (
    <AuthCard
      title="Create an account"
      description="Track your orders and check out faster."
      footerLink={{ prompt: 'Already have an account?', href: '/login', label: 'Sign in' }}
    >
      <RegisterForm />
    </AuthCard>
  );
}
