import Link from 'next/link';
import type { ReactNode } from 'react';
import { ShoppingBagIcon } from '@heroicons/react/24/outline';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** What the cart and checkout show when the cart has nothing in it: a way back to the products. */
export function EmptyCart({ shopLabel, children }: { shopLabel: string; children: ReactNode }) {
  return (
    <EmptyState
      icon={ShoppingBagIcon}
      title="Your cart is empty"
      action={
        <Link href="/products" className={buttonClasses()}>
          {shopLabel}
        </Link>
      }
    >
      {children}
    </EmptyState>
  );
}
