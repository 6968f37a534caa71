// The discount-code form: its values (text, as typed), the client-side rules, and the request body
// they turn into. Money is parsed to integer cents and sent as a two-decimal JSON number; the start
// and end are typed in the admin's own time zone (datetime-local) and sent as ISO 8601 UTC.
import { moneyError } from '@/features/admin-products/form';
import type { DiscountKind } from '@/features/cart/discount';
import type { DiscountCode, DiscountCodeInput } from '@/features/admin-discounts/types';
import { centsToDecimalString, parseMoneyInput } from '@/lib/money';

export interface DiscountCodeFormValues {
  code: string;
  kind: DiscountKind;
  /** A percent for a percentage, an amount for a fixed discount. */
  value: string;
  min_subtotal: string;
  /** datetime-local text ("2026-12-24T18:00"), or '' for none. */
  starts_at: string;
  ends_at: string;
  usage_limit: string;
  once_per_customer: boolean;
  is_active: boolean;
}

/** The fields a 422 may name: the form's fields carry the API's names. */
export const DISCOUNT_CODE_FIELDS = [
  'code',
  'kind',
  'value',
  'min_subtotal',
  'starts_at',
  'ends_at',
  'usage_limit',
  'once_per_customer',
  'is_active',
] as const satisfies readonly (keyof DiscountCodeFormValues)[];

/** The most a fixed discount may take off, in cents (1 000 000.00). */
const MAX_AMOUNT_CENTS = 100_000_000;

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** An ISO date-time as a datetime-local input shows it, in the browser's time zone. */
export function isoToLocalInput(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
  return `${day}T${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** A datetime-local value (the browser's time zone) as ISO 8601 UTC, or null when empty. */
export function localInputToIso(text: string): string | null {
  if (text.trim() === '') return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function valueText(code: DiscountCode): string {
  return code.value.kind === 'percentage'
    ? String(code.value.percent)
    : centsToDecimalString(code.value.amount_cents);
}

/** The form of a new code (a percentage, active, without limits), or of `code` to edit it. */
export function discountCodeFormValues(code: DiscountCode | null): DiscountCodeFormValues {
  if (code === null) {
    return {
      code: '',
      kind: 'percentage',
      value: '',
      min_subtotal: '',
      starts_at: '',
      ends_at: '',
      usage_limit: '',
      once_per_customer: false,
      is_active: true,
    };
  }
  return {
    code: code.code,
    kind: code.value.kind,
    value: valueText(code),
    min_subtotal:
      code.min_subtotal_cents === null ? '' : centsToDecimalString(code.min_subtotal_cents),
    starts_at: isoToLocalInput(code.starts_at),
    ends_at: isoToLocalInput(code.ends_at),
    usage_limit: code.usage_limit === null ? '' : String(code.usage_limit),
    once_per_customer: code.once_per_customer,
    is_active: code.is_active,
  };
}

export function codeError(text: string): string | true {
  return (
    /^\s*[A-Za-z0-9_-]{3,32}\s*$/.test(text) ||
    'Use 3 to 32 letters, digits, hyphens or underscores.'
  );
}

/** A percentage above 0 and at most 100, or an amount above 0 and at most 1 000 000. */
export function valueError(text: string, kind: DiscountKind): string | true {
  const hundredths = parseMoneyInput(text);
  if (kind === 'percentage') {
    return (
      (hundredths !== null && hundredths > 0 && hundredths <= 100_00) ||
      'Enter a percentage above 0 and at most 100.'
    );
  }
  return (
    (hundredths !== null && hundredths > 0 && hundredths <= MAX_AMOUNT_CENTS) ||
    'Enter an amount above 0, like 5.00.'
  );
}

export function minSubtotalError(text: string): string | true {
  return moneyError(text, false);
}

export function usageLimitError(text: string): string | true {
  return (
    text.trim() === '' ||
    (/^\s*\d{1,9}\s*$/.test(text) && Number(text) >= 1) ||
    'Enter a whole number, 1 or more, or leave it empty for no limit.'
  );
}

/** The end, when both are set, must come after the start. */
export function periodError(startsAt: string, endsAt: string): string | true {
  const start = localInputToIso(startsAt);
  const end = localInputToIso(endsAt);
  return start === null || end === null || end > start || 'The end must be after the start.';
}

function money(text: string): number | null {
  const cents = parseMoneyInput(text);
  return cents === null ? null : Number(centsToDecimalString(cents));
}

/** The request body, for creating and for editing alike. Assumes the values passed validation. */
export function toDiscountCodeInput(values: DiscountCodeFormValues): DiscountCodeInput {
  const usageLimit = values.usage_limit.trim();
  return {
    code: values.code.trim().toUpperCase(),
    kind: values.kind,
    value: money(values.value) ?? 0,
    min_subtotal: money(values.min_subtotal),
    starts_at: localInputToIso(values.starts_at),
    ends_at: localInputToIso(values.ends_at),
    usage_limit: usageLimit === '' ? null : Number(usageLimit),
    once_per_customer: values.once_per_customer,
    is_active: values.is_active,
  };
}
