import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminGate } from '@/components/layout/admin-access';
import { SHOP_NAME } from '@/lib/env';

export const metadata: Metadata = {
  title: { default: `Back office · ${SHOP_NAME}`, template: `%s · Back office · ${SHOP_NAME}` },
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <AdminGate>{children}</AdminGate>;
}
