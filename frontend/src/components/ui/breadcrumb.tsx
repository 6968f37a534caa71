import Link from 'next/link';

/** A page on the way to the current one. */
export interface Crumb {
  label: string;
  href: string;
}

interface BreadcrumbProps {
  /** The pages from the home page down to the current page's parent. */
  trail: Crumb[];
  /** The name of the current page, shown last and without a link. */
  current: string;
  className?: string;
}

/** Where the current page sits in the shop, each page above it a link. */
export function Breadcrumb({ trail, current, className }: BreadcrumbProps) {
  return (
    <nav
      aria-label="Breadcrumb"
      className={['text-sm text-slate-600', className].filter(Boolean).join(' ')}
    >
      <ol className="flex flex-wrap gap-1">
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <Link href={crumb.href} className="hover:text-brand-700">
              {crumb.label}
            </Link>
            <span aria-hidden="true"> /</span>
          </li>
        ))}
        <li aria-current="page" className="text-slate-900">
          {current}
        </li>
      </ol>
    </nav>
  );
}
