import Link from 'next/link';
import { ChevronLeftIcon, ChevronRightIcon } from '@heroicons/react/20/solid';

export interface PaginationProps {
  page: number;
  pages: number;
  /** The URL of a page number. */
  hrefFor: (page: number) => string;
}

/** Page numbers around the current one, with gaps (null) where pages are skipped. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous > 1) result.push(null);
    result.push(n);
  });
  return result;
}

export function Pagination({ page, pages, hrefFor }: PaginationProps) {
  if (pages <= 1) return null;
  const base =
    'inline-flex h-10 min-w-10 items-center justify-center rounded-md border px-3 text-sm font-medium';
  const idle = `${base} border-slate-300 bg-white text-slate-700 hover:bg-slate-50`;
  const disabled = `${base} border-slate-200 bg-slate-50 text-slate-400`;
  return (
    <nav aria-label="Pagination" className="mt-10 flex flex-wrap items-center justify-center gap-2">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={idle} rel="prev">
          <ChevronLeftIcon className="h-5 w-5" aria-hidden="true" />
          <span>Previous</span>
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          <ChevronLeftIcon className="h-5 w-5" aria-hidden="true" />
          <span>Previous</span>
        </span>
      )}
      <ul className="hidden items-center gap-2 sm:flex">
        {pageWindow(page, pages).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={hrefFor(n)}
                aria-current={n === page ? 'page' : undefined}
                aria-label={`Page ${n}`}
                className={n === page ? `${base} border-brand-600 bg-brand-600 text-white` : idle}
              >
                {n}
              </Link>
            </li>
          ),
        )}
      </ul>
      <span className="text-sm text-slate-600 sm:hidden">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className={idle} rel="next">
          <span>Next</span>
          <ChevronRightIcon className="h-5 w-5" aria-hidden="true" />
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          <span>Next</span>
          <ChevronRightIcon className="h-5 w-5" aria-hidden="true" />
        </span>
      )}
    </nav>
  );
}
