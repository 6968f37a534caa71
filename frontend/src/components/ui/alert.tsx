import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'success' | 'info';

const TONES: Record<AlertTone, string> = {
  error: 'border-red-200 bg-red-50 text-red-800',
  success: 'border-green-200 bg-green-50 text-green-800',
  info: 'border-brand-200 bg-brand-50 text-brand-900',
};

/** A message box; an error is announced at once (role "alert"), the other tones politely. */
export function Alert({
  tone = 'info',
  className = '',
  children,
}: {
  tone?: AlertTone;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]} ${className}`.trim()}
    >
      {children}
    </div>
  );
}
