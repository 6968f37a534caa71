// The token of a page opened from an emailed link (`?token=…`: password reset, email confirmation).
import { firstValue } from '@/lib/search-param';

export interface EmailLinkSearchParams {
  token?: string | string[];
}

/** The link's token, or null when the link carries none. */
export function linkToken(searchParams: EmailLinkSearchParams): string | null {
  return firstValue(searchParams.token) ?? null;
}
