import type { Metadata } from 'next';
import { DiscountCodeList } from '@/features/admin-discounts/components/discount-code-list';

export const metadata: Metadata = { title: 'Discount codes' };

export default function AdminDiscountCodesPage() {
  return <DiscountCodeList />;
}
