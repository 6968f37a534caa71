'use client';

// Renders its children only for a signed-in user (optionally of a role); anyone else is sent to
// /login with a return path, except while they sign out (that goes to its own page). Shared by the storefront's account pages and the back office.
import { useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { useAuthStore } from '@/features/account/store';
import type { UserRole } from '@/features/account/types';

export interface RequireAuthProps {
  children: ReactNode;
  role?: UserRole;
  fallback?: ReactNode;
  /** Shown to a signed-in user without the role (default: a short error message). */
  forbidden?: ReactNode;
}

function DefaultFallback() {
  return (
    <LoadingRegion>
      <div className="space-y-3">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-32 w-full" />
      </div>
    </LoadingRegion>
  );
}

export function RequireAuth({
  children,
  role,
  fallback = <DefaultFallback />,
  forbidden = <Alert tone="error">You do not have access to this page.</Alert>,
}: RequireAuthProps) {
  const user = useAuthStore((state) => state.user);
  const initialized = useAuthStore((state) => state.initialized);
  const signingOut = useAuthStore((state) => state.signingOut);
  const router = useRouter();

  useEffect(() => {
    if (initialized && user === null && !signingOut) {
      const here = `${window.location.pathname}${window.location.search}`;
      router.replace(`/login?next=${encodeURIComponent(here)}`);
    }
  }, [initialized, user, signingOut, router]);

  if (!initialized || user === null) return <>{fallback}</>;
  if (role !== undefined && user.role !== role) return <>{forbidden}</>;
  return <>{children}</>;
}
