import { discountPercent, formatCents } from '@/lib/money';

export interface PriceProps {
  priceCents: number;
  compareAtCents: number | null;
  size?: 'sm' | 'lg';
}

/** The product page's price: large, with "Save N%" beside it when on sale. */
export function PagePrice({ priceCents, compareAtCents }: Omit<PriceProps, 'size'>) {
  const discount = discountPercent(priceCents, compareAtCents);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Price priceCents={priceCents} compareAtCents={compareAtCents} size="lg" />
      {discount !== null ? (
        <span className="rounded bg-red-700 px-2 py-0.5 text-xs font-bold text-white">
          Save {discount}%
        </span>
      ) : null}
    </div>
  );
}

/** The price, with the compare-at price struck through when the product is on sale. */
export function Price({ priceCents, compareAtCents, size = 'sm' }: PriceProps) {
  const onSale = discountPercent(priceCents, compareAtCents) !== null;
  const main = size === 'lg' ? 'text-2xl font-bold' : 'text-base font-semibold';
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      <span className={`${main} ${onSale ? 'text-red-700' : 'text-slate-900'}`}>
        {onSale ? <span className="sr-only">Sale price </span> : null}
        {formatCents(priceCents)}
      </span>
      {onSale && compareAtCents !== null ? (
        <span className={`${size === 'lg' ? 'text-base' : 'text-sm'} text-slate-600 line-through`}>
          <span className="sr-only">Was </span>
          {formatCents(compareAtCents)}
        </span>
      ) : null}
    </p>
  );
}
