import type { Metadata } from 'next';
import { Container, PageTitle } from '@/components/layout/container';
import { RequireAuth } from '@/features/account/components/require-auth';
import { OrderList } from '@/features/orders/components/order-list';

export const metadata: Metadata = { title: 'Your orders', robots: { index: false } };

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
