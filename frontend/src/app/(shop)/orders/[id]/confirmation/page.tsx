import { Container } from '@/components/layout/container';
import { RequireAuth } from '@/features/account/components/require-auth';
import { OrderPage } from '@/features/orders/components/order-page';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Order confirmed');

export default function OrderConfirmationPage({ params }: { params: { id: string } }) {
  return (
    <Container>
      <RequireAuth>
        <OrderPage id={params.id} confirmation />
      </RequireAuth>
    </Container>
  );
}
