import type { Metadata } from 'next';
import { Container, PageTitle } from '@/components/layout/container';
import { CartView } from '@/features/cart/components/cart-view';

export const metadata: Metadata = {
  title: 'Your cart',
  robots: { index: false },
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
