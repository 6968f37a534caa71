import Link from 'next/link';
import { SHOP_NAME } from '@/lib/env';

interface FooterLink {
  href: string;
  label: string;
}

const SHOP_LINKS: FooterLink[] = [
  { href: '/products', label: 'All products' },
  { href: '/products?in_stock=true', label: 'In stock now' },
  { href: '/cart', label: 'Cart' },
];

const ACCOUNT_LINKS: FooterLink[] = [
  { href: '/account', label: 'Account settings' },
  { href: '/orders', label: 'Order history' },
  { href: '/register', label: 'Create an account' },
];

/** A titled column of footer links, a navigation landmark named by `label`. */
function FooterNav({ label, title, links }: { label: string; title: string; links: FooterLink[] }) {
  return (
    <nav aria-label={label}>
      <p className="font-semibold text-slate-900">{title}</p>
      <ul className="mt-2 space-y-1">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="hover:text-brand-700">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 text-sm text-slate-600 sm:grid-cols-3 sm:px-6 lg:px-8">
        <div>
          <p className="font-semibold text-slate-900">{SHOP_NAME}</p>
          <p className="mt-2">Everyday goods, carefully chosen. Free returns within 30 days.</p>
        </div>
        <FooterNav label="Shop" title="Shop" links={SHOP_LINKS} />
        <FooterNav label="Account" title="Your account" links={ACCOUNT_LINKS} />
      </div>
      <div className="border-t border-slate-100 py-4 text-center text-xs text-slate-600">
        © {new Date().getFullYear()} {SHOP_NAME}. Secure checkout · Prices in US dollars.
      </div>
    </footer>
  );
}
