'use client';

// The back office frame: a sidebar (a drawer on phones) with the sections, the signed-in admin and
// a way back to the shop. Pages render their own header (AdminPageHeader) inside it; while a page
// suspends (e.g. until it can read the URL's query) the shell shows AdminPageSkeleton in its place.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import {
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type SVGProps,
} from 'react';
import {
  ArrowLeftOnRectangleIcon,
  ArrowTopRightOnSquareIcon,
  Bars3Icon,
  BellAlertIcon,
  ChartBarSquareIcon,
  ChatBubbleLeftRightIcon,
  CubeIcon,
  EnvelopeIcon,
  ReceiptPercentIcon,
  ShoppingBagIcon,
  TagIcon,
  UsersIcon,
  XMarkIcon,
} from '@heroicons/react/24/outline';
import { SkipLink } from '@/components/layout/skip-link';
import { useSignOut } from '@/components/layout/use-sign-out';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { useAuthStore } from '@/features/account/store';
import { SHOP_NAME } from '@/lib/env';

interface NavItem {
  href: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
}

export const ADMIN_NAV: readonly NavItem[] = [
  { href: '/admin', label: 'Dashboard', icon: ChartBarSquareIcon },
  { href: '/admin/orders', label: 'Orders', icon: ShoppingBagIcon },
  { href: '/admin/products', label: 'Products', icon: CubeIcon },
  { href: '/admin/stock-alerts', label: 'Stock alerts', icon: BellAlertIcon },
  { href: '/admin/categories', label: 'Categories', icon: TagIcon },
  { href: '/admin/discount-codes', label: 'Discount codes', icon: ReceiptPercentIcon },
  { href: '/admin/reviews', label: 'Reviews', icon: ChatBubbleLeftRightIcon },
  { href: '/admin/users', label: 'Users', icon: UsersIcon },
  { href: '/admin/emails', label: 'Emails', icon: EnvelopeIcon },
];

/** Whether a sidebar link is the current section: the dashboard only on /admin itself. */
export function isActiveSection(href: string, pathname: string): boolean {
  if (href === '/admin') return pathname === '/admin';
  return pathname === href || pathname.startsWith(`${href}/`);
}

const LINK_FOCUS =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white';

function Sidebar({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  const user = useAuthStore((state) => state.user);
  const signOut = useSignOut();

  return (
    <div className="flex h-full flex-col bg-slate-900 text-slate-200">
      <div className="flex h-16 items-center gap-2 px-5">
        <span
          aria-hidden="true"
          className="grid h-8 w-8 place-items-center rounded-md bg-brand-500 text-sm font-bold text-white"
        >
          HG
        </span>
        <div className="leading-tight">
          <p className="text-sm font-semibold text-white">{SHOP_NAME}</p>
          <p className="text-xs text-slate-300">Back office</p>
        </div>
      </div>
      <nav aria-label="Back office" className="flex-1 px-3 py-4">
        <ul className="space-y-1">
          {ADMIN_NAV.map(({ href, label, icon: Icon }) => {
            const active = isActiveSection(href, pathname);
            return (
              <li key={href}>
                <Link
                  href={href}
                  onClick={onNavigate}
                  aria-current={active ? 'page' : undefined}
                  className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium ${LINK_FOCUS} ${
                    active
                      ? 'bg-slate-700 text-white'
                      : 'text-slate-300 hover:bg-slate-800 hover:text-white'
                  }`}
                >
                  <Icon
                    className={`h-5 w-5 shrink-0 ${active ? 'text-brand-200' : 'text-slate-400'}`}
                    aria-hidden="true"
                  />
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="space-y-1 border-t border-slate-700 px-3 py-4">
        <Link
          href="/"
          className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm text-slate-300 hover:bg-slate-800 hover:text-white ${LINK_FOCUS}`}
        >
          <ArrowTopRightOnSquareIcon className="h-5 w-5 text-slate-400" aria-hidden="true" />
          View the shop
        </Link>
        <button
          type="button"
          onClick={() => void signOut('/')}
          className={`flex w-full items-center gap-3 rounded-md px-3 py-2 text-left text-sm text-slate-300 hover:bg-slate-800 hover:text-white ${LINK_FOCUS}`}
        >
          <ArrowLeftOnRectangleIcon className="h-5 w-5 text-slate-400" aria-hidden="true" />
          Sign out
        </button>
        {user ? (
          <p className="truncate px-3 pt-2 text-xs text-slate-300" title={user.email}>
            Signed in as <span className="font-medium text-white">{user.full_name}</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function AdminShell({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const closeButton = useRef<HTMLButtonElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="min-h-screen bg-slate-100 lg:flex">
      <SkipLink targetId="admin-main" position="fixed" />

      <aside className="hidden w-64 shrink-0 bg-slate-900 lg:block">
        <div className="sticky top-0 h-screen overflow-y-auto">
          <Sidebar />
        </div>
      </aside>

      {open ? (
        <div className="fixed inset-0 z-40 lg:hidden">
          <div
            className="absolute inset-0 bg-slate-900/60"
            aria-hidden="true"
            onClick={() => setOpen(false)}
          />
          <div
            id="admin-drawer"
            role="dialog"
            aria-modal="true"
            aria-label="Back office menu"
            className="absolute inset-y-0 left-0 w-72 max-w-[85%] shadow-xl"
          >
            <button
              ref={closeButton}
              type="button"
              onClick={() => setOpen(false)}
              className={`absolute right-3 top-4 z-10 grid h-9 w-9 place-items-center rounded-md text-slate-200 hover:bg-slate-800 ${LINK_FOCUS}`}
            >
              <XMarkIcon className="h-6 w-6" aria-hidden="true" />
              <span className="sr-only">Close menu</span>
            </button>
            <Sidebar onNavigate={() => setOpen(false)} />
          </div>
        </div>
      ) : null}

      <div className="min-w-0 flex-1">
        <header className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-slate-200 bg-white px-4 lg:hidden">
          <button
            ref={menuButton}
            type="button"
            onClick={() => setOpen(true)}
            aria-expanded={open}
            aria-controls="admin-drawer"
            className="grid h-10 w-10 place-items-center rounded-md text-slate-700 hover:bg-slate-100"
          >
            <Bars3Icon className="h-6 w-6" aria-hidden="true" />
            <span className="sr-only">Open menu</span>
          </button>
          <p className="text-sm font-semibold text-slate-900">{SHOP_NAME} · Back office</p>
        </header>
        <main id="admin-main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
          <Suspense fallback={<AdminPageSkeleton />}>{children}</Suspense>
        </main>
      </div>
    </div>
  );
}

export function AdminPageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { href: string; label: string };
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {back ? (
          <Link
            href={back.href}
            className="text-sm font-medium text-brand-700 hover:text-brand-800"
          >
            <span aria-hidden="true">← </span>
            {back.label}
          </Link>
        ) : null}
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}

/** Placeholder of a grid of `count` stat cards, e.g. the dashboard's headline numbers. */
export function CardGridSkeleton({ count, className = '' }: { count: number; className?: string }) {
  return (
    <div className={`grid gap-4 sm:grid-cols-2 xl:grid-cols-3 ${className}`}>
      {Array.from({ length: count }, (_, index) => (
        <Skeleton key={index} className="h-28" />
      ))}
    </div>
  );
}

/** Placeholder for a back-office page whose content is not ready yet (Suspense fallback). */
export function AdminPageSkeleton() {
  return (
    <LoadingRegion>
      <Skeleton className="h-8 w-48" />
      <Skeleton className="mt-2 h-4 w-72" />
      <Skeleton className="mt-6 h-64 w-full" />
    </LoadingRegion>
  );
}
