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

/** Placeholder of a detail page: its title, an optional banner, then a main and a side column. */
export function DetailSkeleton({
  label,
  banner = false,
  columnClass = 'h-96',
}: {
  label: string;
  banner?: boolean;
  /** The height of the two columns, e.g. "h-64". */
  columnClass?: string;
}) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className="h-8 w-64" />
      {banner ? <Skeleton className="mt-6 h-24" /> : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Skeleton className={columnClass} />
        <Skeleton className={columnClass} />
      </div>
    </LoadingRegion>
  );
}

/** Placeholder lines of text, stacked; `lines` are their sizes, e.g. ["h-4 w-1/2", "h-4 w-1/4"]. */
export function SkeletonLines({ lines, className = '' }: { lines: string[]; className?: string }) {
  return (
    <div className={`space-y-2 ${className}`}>
      {lines.map((line, index) => (
        <Skeleton key={index} className={line} />
      ))}
    </div>
  );
}
