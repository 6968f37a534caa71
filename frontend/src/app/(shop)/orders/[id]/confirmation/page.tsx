import type { Metadata } from 'next';
import { Container } from '@/components/layout/container';
import { RequireAuth } from '@/features/account/components/require-auth';
import { OrderPage } from '@/features/orders/components/order-page';

export const metadata: Metadata = { title: 'Order confirmed', robots: { index: false } };

export default function OrderConfirmationPage({ params }: { params: { id: string } }) {
  return (
    <Container>
      <RequireAuth>
        <OrderPage id={params.id} confirmation />
      </RequireAuth>
    </Container>
  );
}
