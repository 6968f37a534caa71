import type { Metadata } from 'next';
import { StockAlertList } from '@/features/wishlist/components/stock-alert-list';

export const metadata: Metadata = { title: 'Stock alerts' };

export default function AdminStockAlertsPage() {
  return <StockAlertList />;
}
