'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useRef, useState } from 'react';
import {
  ArrowRightOnRectangleIcon,
  MagnifyingGlassIcon,
  ShoppingBagIcon,
  UserCircleIcon,
} from '@heroicons/react/24/outline';
import { useAuthStore } from '@/features/account/store';
import { useCartStore } from '@/features/cart/store';
import { SkipLink } from '@/components/layout/skip-link';
import { useSignOut } from '@/components/layout/use-sign-out';
import { SHOP_NAME } from '@/lib/env';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
      <SkipLink targetId="main" />
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:px-6 lg:px-8">
        <Link
          href="/"
          className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900"
        >
          <span
            aria-hidden="true"
            className="grid h-8 w-8 place-items-center rounded-md bg-brand-600 text-sm text-white"
          >
            HG
          </span>
          {SHOP_NAME}
        </Link>
        <nav aria-label="Main" className="hidden md:block">
          <Link
            href="/products"
            className="rounded px-2 py-1 text-sm font-medium text-slate-700 hover:text-brand-700"
          >
            All products
          </Link>
        </nav>
        <div className="order-last w-full md:order-none md:ml-auto md:w-auto md:flex-1 md:max-w-md">
          <Suspense fallback={<SearchForm initial="" />}>
            <SearchFromUrl />
          </Suspense>
        </div>
        <div className="ml-auto flex items-center gap-1 md:ml-0">
          <AccountMenu />
          <CartLink />
        </div>
      </div>
    </header>
  );
}

function SearchFromUrl() {
  const params = useSearchParams();
  const pathname = usePathname();
  const initial = pathname === '/products' ? (params.get('search') ?? '') : '';
  return <SearchForm key={initial} initial={initial} />;
}

function SearchForm({ initial }: { initial: string }) {
  return (
    <form action="/products" method="get" role="search" className="relative">
      <label htmlFor="site-search" className="sr-only">
        Search products
      </label>
      <input
        id="site-search"
        name="search"
        type="search"
        defaultValue={initial}
        placeholder="Search products"
        className="block h-10 w-full rounded-full border border-slate-300 bg-slate-50 pl-4 pr-11 text-base text-slate-900 placeholder:text-slate-500 focus:border-brand-600 focus:bg-white focus:outline-none focus:ring-2 focus:ring-brand-600/40 sm:text-sm"
      />
      <button
        type="submit"
        className="absolute right-1 top-1 grid h-8 w-8 place-items-center rounded-full text-slate-600 hover:bg-slate-200 hover:text-slate-900"
      >
        <MagnifyingGlassIcon className="h-5 w-5" aria-hidden="true" />
        <span className="sr-only">Search</span>
      </button>
    </form>
  );
}

function CartLink() {
  const count = useCartStore((state) => state.items.reduce((sum, item) => sum + item.quantity, 0));
  const label = count === 1 ? 'Cart, 1 item' : `Cart, ${count} items`;
  return (
    <Link
      href="/cart"
      className="relative grid h-10 w-10 place-items-center rounded-full text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      aria-label={label}
      data-testid="cart-link"
    >
      <ShoppingBagIcon className="h-6 w-6" aria-hidden="true" />
      {count > 0 ? (
        <span
          aria-hidden="true"
          data-testid="cart-count"
          className="absolute -right-0.5 -top-0.5 grid h-5 min-w-5 place-items-center rounded-full bg-brand-600 px-1 text-xs font-bold text-white"
        >
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}

/** The account menu's pages, in order; an admin also gets the back office. */
const ACCOUNT_LINKS = [
  { href: '/account', label: 'Account' },
  { href: '/orders', label: 'Orders' },
  { href: '/account/addresses', label: 'Addresses' },
  { href: '/account/wishlist', label: 'Wishlist' },
];
const BACK_OFFICE_LINK = { href: '/admin', label: 'Back office' };

function AccountMenu() {
  const user = useAuthStore((state) => state.user);
  const initialized = useAuthStore((state) => state.initialized);
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (container.current && !container.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (!initialized) {
    return <span className="h-10 w-10" aria-hidden="true" />;
  }

  if (!user) {
    return (
      <Link
        href="/login"
        className="flex h-10 items-center gap-1 rounded-full px-2 text-sm sm:px-3 font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      >
        <ArrowRightOnRectangleIcon className="h-5 w-5" aria-hidden="true" />
        <span className="sr-only sm:not-sr-only">Sign in</span>
      </Link>
    );
  }

  const onLogout = async () => {
    setOpen(false);
    await signOut('/');
  };

  const itemClass =
    'block w-full px-4 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 focus:bg-slate-100';
  const links = user.role === 'admin' ? [...ACCOUNT_LINKS, BACK_OFFICE_LINK] : ACCOUNT_LINKS;
  return (
    <div
      className="relative"
      ref={container}
      onBlur={(event) => {
        // Tabbing out closes the menu; a click outside is handled by the pointerdown listener.
        const next = event.relatedTarget;
        if (next !== null && !container.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="grid h-10 w-10 place-items-center rounded-full text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        aria-expanded={open}
        aria-controls="account-menu"
        aria-label={`Account menu for ${user.full_name}`}
        onClick={() => setOpen((value) => !value)}
        data-testid="account-menu-button"
      >
        <UserCircleIcon className="h-6 w-6" aria-hidden="true" />
      </button>
      {open ? (
        <div
          id="account-menu"
          className="absolute right-0 mt-2 w-56 overflow-hidden rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          <p className="truncate border-b border-slate-100 px-4 py-2 text-xs text-slate-600">
            Signed in as <span className="font-medium text-slate-900">{user.email}</span>
          </p>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={itemClass}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <button type="button" className={itemClass} onClick={() => void onLogout()}>
                Sign out
              </button>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
