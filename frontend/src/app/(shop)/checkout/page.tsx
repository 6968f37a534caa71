import { Container, PageTitle } from '@/components/layout/container';
import { RequireAuth } from '@/features/account/components/require-auth';
import { CheckoutForm } from '@/features/checkout/components/checkout-form';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Checkout');

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
