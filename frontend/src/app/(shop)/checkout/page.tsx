import type { Metadata } from 'next';
import { Container, PageTitle } from '@/components/layout/container';
import { RequireAuth } from '@/features/account/components/require-auth';
import { CheckoutForm } from '@/features/checkout/components/checkout-form';

export const metadata: Metadata = {
  title: 'Checkout',
  robots: { index: false },
};

export default function CheckoutPage() {
  return (
    <Container>
      <PageTitle>Checkout</PageTitle>
      <RequireAuth>
        <CheckoutForm />
      </RequireAuth>
    </Container>
  );
}
