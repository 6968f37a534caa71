// Money: the API sends JSON numbers with at most two decimals. All arithmetic happens on integer
// cents; a number only becomes a decimal again for display (Intl.NumberFormat) or for the API.

export const CURRENCY = 'USD';
export const LOCALE = 'en-US';

const MONEY_PATTERN = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Converts an API amount (19.99 or "19.99") to integer cents (1999). Throws on anything else. */
export function toCents(amount: number | string): number {
  const text = typeof amount === 'number' ? amount.toFixed(2) : amount.trim();
  const match = MONEY_PATTERN.exec(text);
  if (!match) {
    throw new RangeError(`Not a money amount: ${String(amount)}`);
  }
  const [, sign, whole = '0', fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

/** Converts a price typed by a person ("12", "12.5", "12.50") to cents, or null if it is not one. */
export function parseMoneyInput(text: string): number | null {
  const trimmed = text.trim();
  if (!MONEY_PATTERN.test(trimmed) || trimmed.startsWith('-')) {
    return null;
  }
  return toCents(trimmed);
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

/** Formats an API amount for people, e.g. 19.99 → "$19.99". */
export function formatMoney(amount: number | string): string {
  return formatCents(toCents(amount));
}

/** Multiplies a unit price by a quantity, exactly. */
export function lineTotalCents(unitPrice: number | string, quantity: number): number {
  return toCents(unitPrice) * quantity;
}

/** Whole-number percentage saved against a compare-at price, or null when there is no saving. */
export function discountPercent(
  price: number,
  compareAt: number | null | undefined,
): number | null {
  if (compareAt === null || compareAt === undefined) {
    return null;
  }
  const now = toCents(price);
  const before = toCents(compareAt);
  if (before <= now || before === 0) {
    return null;
  }
  return Math.round(((before - now) * 100) / before);
}
