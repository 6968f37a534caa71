import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppProviders } from '@/components/layout/app-providers';
import { SHOP_NAME } from '@/lib/env';
import { siteUrl } from '@/lib/site-url';
import './globals.css';

// Every page is rendered per request: its scripts carry that response's CSP nonce
// (src/middleware.ts), which a page rendered at build time could not know.
export const dynamic = 'force-dynamic';

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: {
      default: `${SHOP_NAME} — everyday goods, carefully chosen`,
      template: `%s | ${SHOP_NAME}`,
    },
    description: `${SHOP_NAME}: quality everyday products with fast shipping and easy returns.`,
    applicationName: SHOP_NAME,
    openGraph: { siteName: SHOP_NAME, type: 'website' },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#1d56c4',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <AppProviders>{children}</AppProviders>
      </body>
    </html>
  );
}
