import Link from 'next/link';
import { SHOP_NAME } from '@/lib/env';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 text-sm text-slate-600 sm:grid-cols-3 sm:px-6 lg:px-8">
        <div>
          <p className="font-semibold text-slate-900">{SHOP_NAME}</p>
          <p className="mt-2">Everyday goods, carefully chosen. Free returns within 30 days.</p>
        </div>
        <nav aria-label="Shop">
          <p className="font-semibold text-slate-900">Shop</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/products" className="hover:text-brand-700">
                All products
              </Link>
            </li>
            <li>
              <Link href="/products?in_stock=true" className="hover:text-brand-700">
                In stock now
              </Link>
            </li>
            <li>
              <Link href="/cart" className="hover:text-brand-700">
                Cart
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="Account">
          <p className="font-semibold text-slate-900">Your account</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/account" className="hover:text-brand-700">
                Account settings
              </Link>
            </li>
            <li>
              <Link href="/orders" className="hover:text-brand-700">
                Order history
              </Link>
            </li>
            <li>
              <Link href="/register" className="hover:text-brand-700">
                Create an account
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <div className="border-t border-slate-100 py-4 text-center text-xs text-slate-600">
        © {new Date().getFullYear()} {SHOP_NAME}. Secure checkout · Prices in US dollars.
      </div>
    </footer>
  );
}
