import { Container, PageTitle } from '@/components/layout/container';
import { RequireAuth } from '@/features/account/components/require-auth';
import { OrderList } from '@/features/orders/components/order-list';
import { unindexedPage } from '@/lib/page-metadata';

export const metadata = unindexedPage('Your orders');

export default function OrdersPage({ searchParams }: { searchParams: { page?: string } }) {
  const page = Number(searchParams.page ?? '1');
  return (
    <Container>
      <PageTitle>Your orders</PageTitle>
      <RequireAuth>
        <OrderList page={Number.isInteger(page) && page >= 1 ? page : 1} />
      </RequireAuth>
    </Container>
  );
}
