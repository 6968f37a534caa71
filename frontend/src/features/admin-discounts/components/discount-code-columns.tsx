// The columns of the discount-code table: each code with what it takes off, its minimum, period,
// usage and state, and the controls that edit or delete it.
import type { DataTableColumn } from '@/components/ui/data-table';
import { editInPlaceColumn, type RowEditing } from '@/components/ui/row-actions';
import { stateColumn } from '@/components/ui/table-columns';
import { formatMinimum, formatPeriod, formatUsage } from '@/features/admin-discounts/format';
import type { DiscountCode } from '@/features/admin-discounts/types';
import { formatDiscountValue } from '@/features/cart/discount';
import { formatCents } from '@/lib/money';

export function discountCodeColumns(
  editing: RowEditing<DiscountCode>,
): DataTableColumn<DiscountCode>[] {
  return [
    {
      label: 'Code',
      cell: (code) => (
        <>
          <span className="block font-mono font-semibold text-slate-900">{code.code}</span>
          {code.once_per_customer ? (
            <span className="block text-xs text-slate-600">One use per customer</span>
          ) : null}
        </>
      ),
    },
    {
      label: 'Discount',
      className: 'whitespace-nowrap',
      cell: (code) => formatDiscountValue(code.value),
    },
    { label: 'Minimum', className: 'text-slate-700', cell: formatMinimum },
    { label: 'Dates', className: 'text-slate-700', cell: formatPeriod },
    {
      label: 'Usage',
      cell: (code) => (
        <>
          <span className="block whitespace-nowrap" data-testid="discount-usage">
            {formatUsage(code)}
          </span>
          <span className="block text-xs text-slate-600">
            {formatCents(code.discount_total_cents)} off in all
          </span>
        </>
      ),
    },
    stateColumn('Status', (code) => code.is_active, { on: 'Active', off: 'Inactive' }),
    editInPlaceColumn((code) => code.code, editing),
  ];
}
