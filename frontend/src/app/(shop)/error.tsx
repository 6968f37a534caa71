'use client';

import Link from 'next/link';
import { type ErrorBoundaryProps, useLoggedError } from '@/components/layout/error-boundary';
import { StatusPage } from '@/components/layout/status-page';
import { Button, buttonClasses } from '@/components/ui/button';

export default function ShopError({ error, reset }: ErrorBoundaryProps) {
  useLoggedError(error);
  return (
    <StatusPage
      eyebrow="Something went wrong"
      title="We could not load this page"
      actions={
        <>
          <Button onClick={reset}>Try again</Button>
          <Link href="/" className={buttonClasses('secondary')}>
            Go to the home page
          </Link>
        </>
      }
    >
      <p className="mt-3 text-slate-600">The shop may be busy for a moment. Please try again.</p>
      {error.digest ? (
        <p className="mt-1 text-xs text-slate-500">Reference: {error.digest}</p>
      ) : null}
    </StatusPage>
  );
}
