import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';

/**
 * The form-level error above a form (useServerForm's `formError`); renders nothing without one.
 * `children` follow the message, e.g. a link to try another way.
 */
export function FormAlert({
  message,
  className,
  children,
}: {
  message: string | null;
  className?: string;
  children?: ReactNode;
}) {
  if (message === null) return null;
  return (
    <Alert tone="error" className={className}>
      {message}
      {children ? <> {children}</> : null}
    </Alert>
  );
}
