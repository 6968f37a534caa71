'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { CheckCircleIcon, ExclamationTriangleIcon } from '@heroicons/react/24/outline';
import { buttonClasses } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useAuthStore } from '@/features/account/store';
import { errorMessage } from '@/lib/api-error';

type Status =
  | { state: 'verifying' }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

export function VerifyEmailStatus({ token }: { token: string | null }) {
  const verifyEmail = useAuthStore((state) => state.verifyEmail);
  const [status, setStatus] = useState<Status>(
    token
      ? { state: 'verifying' }
      : { state: 'failed', message: 'This link has no token. Open the link from the email again.' },
  );
  // Tokens are single use: never send one twice, even when React runs effects twice in development.
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    verifyEmail(token)
      .then((message) => setStatus({ state: 'done', message }))
      .catch((error: unknown) => setStatus({ state: 'failed', message: errorMessage(error) }));
  }, [token, verifyEmail]);

  if (status.state === 'verifying') {
    return (
      <p role="status" className="flex items-center gap-2 text-slate-700">
        <Spinner className="h-5 w-5" /> Confirming your email address…
      </p>
    );
  }
  if (status.state === 'done') {
    return (
      <div role="status" className="text-center">
        <CheckCircleIcon className="mx-auto h-12 w-12 text-green-700" aria-hidden="true" />
        <h2 className="mt-3 text-lg font-semibold">Your email address is confirmed</h2>
        <p className="mt-1 text-sm text-slate-600">{status.message}</p>
        <Link href="/login" className={`${buttonClasses('primary', 'lg')} mt-6 w-full`}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <div role="alert" className="text-center">
      <ExclamationTriangleIcon className="mx-auto h-12 w-12 text-amber-700" aria-hidden="true" />
      <h2 className="mt-3 text-lg font-semibold">We could not confirm your email</h2>
      <p className="mt-1 text-sm text-slate-600">{status.message}</p>
      <p className="mt-4 text-sm text-slate-600">
        The link may have expired or been used already. Sign in to get a new one.
      </p>
      <Link href="/login" className={`${buttonClasses('secondary')} mt-6`}>
        Go to sign in
      </Link>
    </div>
  );
}
