'use client';

import Link from 'next/link';
import { type ErrorBoundaryProps, useLoggedError } from '@/components/layout/error-boundary';
import { Container } from '@/components/layout/container';
import { Button, buttonClasses } from '@/components/ui/button';

export default function ShopError({ error, reset }: ErrorBoundaryProps) {
  useLoggedError(error);
  return (
    <Container className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We could not load this page</h1>
      <p className="mt-3 text-slate-600">The shop may be busy for a moment. Please try again.</p>
      {error.digest ? (
        <p className="mt-1 text-xs text-slate-500">Reference: {error.digest}</p>
      ) : null}
      <div className="mt-8 flex justify-center gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/" className={buttonClasses('secondary')}>
          Go to the home page
        </Link>
      </div>
    </Container>
  );
}
