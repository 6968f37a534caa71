'use client';

// The product page's buying block for a product with variants: one group of radios per option,
// the chosen variant's price, stock and SKU (announced as they change), Add to cart for that
// variant, and the back-in-stock alert while it is sold out.
import { useState, type ReactNode } from 'react';
import { AddToCart } from '@/features/cart/components/add-to-cart';
import type { CartProduct, CartVariant } from '@/features/cart/types';
import { PagePrice } from '@/features/catalog/components/price';
import { StockState } from '@/features/catalog/components/stock-state';
import type { ProductOption, Variant } from '@/features/catalog/types';
import {
  chosenVariant,
  initialChoice,
  valueState,
  withValue,
  type ValueState,
} from '@/features/catalog/variant-choice';
import { StockAlert } from '@/features/wishlist/components/stock-alert';

export interface VariantPickerProps {
  /** The product as a cart line shows it, at the price shown before a variant is chosen. */
  product: CartProduct;
  compareAtCents: number | null;
  options: ProductOption[];
  variants: Variant[];
  /** Shown beside Add to cart (the wishlist heart). */
  actions?: ReactNode;
}

function OptionValue({
  name,
  value,
  state,
  checked,
  onChoose,
}: {
  name: string;
  value: string;
  state: ValueState;
  checked: boolean;
  onChoose: () => void;
}) {
  const soldOut = state === 'sold_out';
  return (
    <label className="relative">
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={state === 'missing'}
        aria-disabled={soldOut || undefined}
        onChange={onChoose}
        className="peer sr-only"
      />
      <span
        className={`flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-md border px-3 text-sm font-medium peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 peer-focus-visible:ring-offset-2 peer-disabled:cursor-not-allowed peer-disabled:border-dashed peer-disabled:text-slate-500 ${
          checked
            ? 'border-brand-700 bg-brand-50 text-brand-800'
            : 'border-slate-300 bg-white text-slate-900 hover:border-slate-500'
        } ${soldOut ? 'text-slate-600' : ''}`}
      >
        <span className={soldOut ? 'line-through' : undefined}>{value}</span>
        {soldOut ? <span className="text-xs"> (sold out)</span> : null}
        {state === 'missing' ? <span className="sr-only"> (not available)</span> : null}
      </span>
    </label>
  );
}

export function VariantPicker({
  product,
  compareAtCents,
  options,
  variants,
  actions,
}: VariantPickerProps) {
  const [choice, setChoice] = useState(() => initialChoice(options.length, variants));
  const variant = chosenVariant(variants, choice);
  const priceCents = variant?.price_cents ?? product.price_cents;
  const shownCompareAt = variant ? variant.compare_at_price_cents : compareAtCents;
  const cartVariant: CartVariant | null = variant && {
    id: variant.id,
    sku: variant.sku,
    title: variant.title,
    options: options.map((option, index) => ({
      name: option.name,
      value: variant.options[index] ?? '',
    })),
  };

  return (
    <div data-testid="variant-picker">
      <div className="mt-4 space-y-2" aria-live="polite" data-testid="variant-summary">
        <PagePrice priceCents={priceCents} compareAtCents={shownCompareAt} />
        {variant ? (
          <>
            <StockState quantity={variant.stock_quantity} />
            <p className="text-sm text-slate-600">SKU {variant.sku}</p>
          </>
        ) : (
          <p className="text-sm text-slate-600">
            Choose {options.map((option) => option.name).join(' and ')}.
          </p>
        )}
      </div>

      <div className="mt-6 space-y-4">
        {options.map((option, optionIndex) => (
          <fieldset key={option.name}>
            <legend className="mb-2 text-sm font-semibold text-slate-900">
              {option.name}
              {choice[optionIndex] ? (
                <span className="font-normal text-slate-600">: {choice[optionIndex]}</span>
              ) : null}
            </legend>
            <div className="flex flex-wrap gap-2">
              {option.values.map((value) => (
                <OptionValue
                  key={value}
                  name={`option-${optionIndex}`}
                  value={value}
                  state={valueState(variants, choice, optionIndex, value)}
                  checked={choice[optionIndex] === value}
                  onChoose={() => setChoice(withValue(choice, optionIndex, value))}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </div>

      <div className="mt-6 flex items-start gap-3">
        <AddToCart
          key={variant?.id ?? 'incomplete'}
          product={
            variant
              ? {
                  ...product,
                  price_cents: variant.price_cents,
                  stock_quantity: variant.stock_quantity,
                }
              : product
          }
          variant={cartVariant}
          incomplete={variant === null}
        />
        {actions}
      </div>
      {variant && variant.stock_quantity <= 0 ? (
        <StockAlert key={variant.id} productId={product.id} variantId={variant.id} />
      ) : null}
    </div>
  );
}
