// Response validation at the API boundary. Every `features/*/api.ts` parses what the API sent with a
// zod schema that also reshapes it into the app's types (money as integer cents, see money.ts);
// a body that does not match becomes the app's one error type, an ApiError, like any other failure.
import { z } from '@/lib/zod';
import { ApiError } from '@/lib/api-error';

/** Status of an ApiError for a response the API sent but that does not have the documented shape. */
export const MALFORMED_RESPONSE_STATUS = 502;

/** A page of a list, as every paginated endpoint answers (API.md, "pages"). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  pages: number;
}

/** Schema of a paginated response whose items match `item`. */
export function pageSchema<Item extends z.ZodType>(item: Item): z.ZodType<Page<z.output<Item>>> {
  const count = z.number().int().nonnegative();
  return z.object({ items: z.array(item), total: count, page: count, size: count, pages: count });
}

/** Schema of `{"message": …}`, the body of the API's acknowledgements. */
export const messageSchema = z.object({ message: z.string() });
export type Message = z.output<typeof messageSchema>;

/**
 * Parses `body` with `schema` and returns the app value. Throws an ApiError with status
 * MALFORMED_RESPONSE_STATUS (and logs where the body differs) when it does not match.
 */
export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  what = 'response',
): z.output<Schema> {
  const result = schema.safeParse(body);
  if (!result.success) {
    console.error(`The API sent a ${what} of an unexpected shape`, z.prettifyError(result.error));
    throw new ApiError(
      MALFORMED_RESPONSE_STATUS,
      'The shop sent an answer we could not read. Please try again.',
    );
  }
  return result.data;
}

/** Awaits an API client call (`apiClient.get(…)` …) and returns its body parsed by `schema`. */
export async function bodyOf<Schema extends z.ZodType>(
  schema: Schema,
  call: Promise<{ data: unknown; config?: { url?: string } }>,
): Promise<z.output<Schema>> {
  const { data, config } = await call;
  return parseBody(schema, data, `response to ${config?.url ?? 'a request'}`);
}
