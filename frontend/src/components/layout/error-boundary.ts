// What the error boundaries (app/(shop)/error.tsx, app/global-error.tsx) share.
import { useEffect } from 'react';

/** What Next.js passes an error boundary. */
export interface ErrorBoundaryProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** Logs the error a boundary caught to the browser console, once per error. */
export function useLoggedError(error: Error): void {
  useEffect(() => {
    console.error(error);
  }, [error]);
}
