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
      footerLink={{
        prompt: 'New here?',
        href: next === '/' ? '/register' : `/register?next=${encodeURIComponent(next)}`,
        label: 'Create an account',
      }}
    >
      <LoginForm next={next} />
    </AuthCard>
  );
}
