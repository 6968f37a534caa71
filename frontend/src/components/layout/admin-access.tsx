'use client';

// Who may see /admin: admins get the back office; a signed-out visitor is sent to /login with a
// return path (RequireAuth); a signed-in customer sees a 403 page. The API refuses them anyway.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LockClosedIcon } from '@heroicons/react/24/outline';
import { AdminShell, CardGridSkeleton } from '@/components/layout/admin-shell';
import { useSignOut } from '@/components/layout/use-sign-out';
import { Button, buttonClasses } from '@/components/ui/button';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { RequireAuth } from '@/features/account/components/require-auth';
import { useAuthStore } from '@/features/account/store';

function AdminLoading() {
  return (
    <div className="min-h-screen bg-slate-100 lg:pl-64">
      <div className="fixed inset-y-0 left-0 hidden w-64 bg-slate-900 lg:block" />
      <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:px-8">
        <LoadingRegion label="Loading the back office">
          <Skeleton className="h-8 w-48" />
          <CardGridSkeleton count={3} className="mt-6" />
        </LoadingRegion>
      </main>
    </div>
  );
}

export function Forbidden() {
  const user = useAuthStore((state) => state.user);
  const signOut = useSignOut();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <LockClosedIcon className="mx-auto h-12 w-12 text-slate-500" aria-hidden="true" />
      <p className="mt-4 text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        You don&apos;t have access to the back office
      </h1>
      <p className="mt-3 text-slate-600">
        {user ? `You are signed in as ${user.email}, which is not an administrator account.` : null}{' '}
        Sign in with an administrator account to manage the shop.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className={buttonClasses('primary')}>
          Go to the shop
        </Link>
        <Button
          variant="secondary"
          onClick={() => void signOut(`/login?next=${encodeURIComponent('/admin')}`)}
        >
          Sign in as someone else
        </Button>
      </div>
    </main>
  );
}

export function AdminGate({ children }: { children: ReactNode }) {
  return (
    <RequireAuth role="admin" fallback={<AdminLoading />} forbidden={<Forbidden />}>
      <AdminShell>{children}</AdminShell>
    </RequireAuth>
  );
}
