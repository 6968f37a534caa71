import Link from 'next/link';
import { AuthCard } from '@/features/account/components/auth-card';
import { LoginForm } from '@/features/account/components/login-form';
import { safeNextPath } from '@/features/account/safe-next';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Sign in');

export default function LoginPage({
  searchParams,
}: {
  searchParams: { next?: string | string[] };
}) {
  const next = safeNextPath(searchParams.next);
  return (
    <AuthCard
      title="Sign in"
      description="Welcome back. Sign in to check out and see your orders."
      footer={
        <>
          New here?{' '}
          <Link
            href={next === '/' ? '/register' : `/register?next=${encodeURIComponent(next)}`}
            className="font-semibold text-brand-700 hover:text-brand-800"
          >
            Create an account
          </Link>
        </>
      }
    >
      <LoginForm next={next} />
    </AuthCard>
  );
}
