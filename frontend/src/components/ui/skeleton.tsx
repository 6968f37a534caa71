/** A grey placeholder block shown while content loads. */
export function Skeleton({ className = '' }: { className?: string }) {
  return (
    <div className={`animate-pulse rounded-md bg-slate-200 ${className}`} aria-hidden="true" />
  );
}

/** Wraps skeletons so assistive technology announces one "Loading" instead of nothing. */
export function LoadingRegion({
  label = 'Loading',
  children,
}: {
  label?: string;
  children: React.ReactNode;
}) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}…</span>
      {children}
    </div>
  );
}

/** Placeholder rows for a table whose first page is loading. */
export function TableSkeleton({ label, rows = 8 }: { label: string; rows?: number }) {
  return (
    <LoadingRegion label={label}>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} className="h-12" />
        ))}
      </div>
    </LoadingRegion>
  );
}
