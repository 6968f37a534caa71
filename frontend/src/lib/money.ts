// Money. The API sends amounts as JSON numbers with at most two decimals; they cross into the app
// exactly once, through `wireMoney` in a feature's response schema, and from then on every amount is
// an integer number of cents in a field named `…_cents` (`price_cents`, `total_amount_cents`).
// Arithmetic happens on cents only; cents become a decimal again for display (`formatCents`, with
// Intl.NumberFormat) or for a request body (`centsToDecimalString`).
import { z } from '@/lib/zod';

export const CURRENCY = 'USD';
export const LOCALE = 'en-US';

const MONEY_PATTERN = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Integer cents of an API amount (19.99 or "19.99" → 1999), or null when it is not one. */
function centsOrNull(amount: number | string): number | null {
  const text = typeof amount === 'number' ? amount.toFixed(2) : amount.trim();
  const match = MONEY_PATTERN.exec(text);
  if (!match) {
    return null;
  }
  const [, sign, whole = '0', fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

/**
 * Schema of an amount on the wire: a JSON number or a decimal string with at most two decimals,
 * parsed to integer cents. Anything else (NaN, "abc", null, an object) fails validation.
 */
export const wireMoney = z.union([z.number(), z.string()]).transform((amount, context) => {
  const cents = centsOrNull(amount);
  if (cents === null) {
    context.addIssue({ code: 'custom', message: `Not a money amount: ${String(amount)}` });
    return z.NEVER;
  }
  return cents;
});

/** `Wire` with each amount field `K` renamed `K_cents`, as the app names amounts. */
export type InCents<Wire, K extends keyof Wire & string> = Omit<Wire, K> & {
  [Amount in K as `${Amount}_cents`]: Wire[Amount];
};

/**
 * Renames the amounts of a parsed response (already cents, through `wireMoney`) to their `…_cents`
 * names: `{ price: 1999 }` → `{ price_cents: 1999 }`. Other fields pass through.
 */
export function amountsInCents<Wire extends Record<string, unknown>, K extends keyof Wire & string>(
  wire: Wire,
  amounts: readonly K[],
): InCents<Wire, K> {
  const renamed: Record<string, unknown> = { ...wire };
  for (const amount of amounts) {
    renamed[`${amount}_cents`] = wire[amount];
    delete renamed[amount];
  }
  return renamed as InCents<Wire, K>;
}

/** Converts a price typed by a person ("12", "12.5", "12.50") to cents, or null if it is not one. */
export function parseMoneyInput(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('-')) {
    return null;
  }
  return centsOrNull(trimmed);
}

/** Cents as the decimal string the API expects ("19.99"). */
export function centsToDecimalString(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}${whole}.${fraction}`;
}

const formatter = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: CURRENCY });

/** Formats integer cents for people, e.g. 1999 → "$19.99". */
export function formatCents(cents: number): string {
  return formatter.format(cents / 100);
}

/** Whole-number percentage saved against a compare-at price (both in cents), or null if none. */
export function discountPercent(priceCents: number, compareAtCents: number | null): number | null {
  if (compareAtCents === null || compareAtCents <= priceCents || compareAtCents === 0) {
    return null;
  }
  return Math.round(((compareAtCents - priceCents) * 100) / compareAtCents);
}
