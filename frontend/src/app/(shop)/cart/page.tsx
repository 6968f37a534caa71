import type { Metadata } from 'next';
import { Container, PageTitle } from '@/components/layout/container';
import { CartView } from '@/features/cart/components/cart-view';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata: Metadata = {
  ...unindexedPage('Your cart'),
  alternates: { canonical: '/cart' },
};

export default function CartPage() {
  return (
    <Container>
      <PageTitle>Your cart</PageTitle>
      <CartView />
    </Container>
  );
}
