// Server-side reads of the API for Server Components, sitemap and metadata. They go straight to
// `${API_URL}/api/...` (no proxy hop) and are never cached: the catalog changes under us.
import type { z } from '@/lib/zod';
import { apiUrl } from '@/lib/env';
import { parseBody } from '@/lib/api-schema';
import { ApiError, apiErrorFromBody } from '@/lib/api-error';

export type QueryValue = string | number | boolean | null | undefined;

export function buildQuery(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * GETs `/api{path}` and returns its body parsed by `schema` (lib/api-schema.ts); throws ApiError on
 * any failure, a body of the wrong shape included.
 */
export async function serverGet<Schema extends z.ZodType>(
  schema: Schema,
  path: string,
  params: Record<string, QueryValue> = {},
): Promise<z.output<Schema>> {
  const url = `${apiUrl()}/api${path}${buildQuery(params)}`;
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error: unknown) {
    console.error(`API unreachable: GET ${url}`, error);
    throw new ApiError(0, 'The shop is temporarily unavailable. Please try again shortly.');
  }
  const body: unknown = await response.json().catch((error: unknown) => {
    console.error(`API sent no JSON: GET ${url} (${response.status})`, error);
    return null;
  });
  if (!response.ok) {
    throw apiErrorFromBody(response.status, body);
  }
  return parseBody(schema, body, `response to GET ${path}`);
}

/**
 * A part of a page the page can do without (related products, the reviews): what `read` resolves
 * to, or `fallback` when it fails, so one failing part never takes the whole page down. The
 * failure is logged with `what`.
 */
export async function partOrFallback<T, Fallback>(
  read: Promise<T>,
  fallback: Fallback,
  what: string,
): Promise<T | Fallback> {
  try {
    return await read;
  } catch (error: unknown) {
    console.error(`${what} left out of the page`, error);
    return fallback;
  }
}
