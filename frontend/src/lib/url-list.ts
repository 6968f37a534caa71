// A list page's URL is its state (?search=&status=&page=…). A UrlQuery, defined once per list from
// typed fields, reads the search params into that state (dropping what the API would refuse, so a
// hand-edited link still works) and writes it back, leaving out every value that is the default.
import { firstValue } from '@/lib/search-param';

/** What Next.js gives a page (`searchParams`) or a client component (`useSearchParams()`). */
export type SearchParams = Record<string, string | string[] | undefined>;
export type SearchParamsInput = URLSearchParams | SearchParams;

export interface QueryField<T> {
  /** The value of a parameter (trimmed, never empty), or undefined when it is not acceptable. */
  parse: (raw: string) => T | undefined;
  format(value: T): string;
  /** The value when the parameter is absent or refused; it is never written to the URL. */
  fallback?: T;
}

type Fields = Record<string, QueryField<unknown>>;

type FieldValue<F> = F extends QueryField<infer T> ? T : never;

/** The typed query of `S`: fields with a fallback are always set, the others may be undefined. */
export type QueryOf<S extends Fields> = {
  [K in keyof S as S[K] extends { fallback: unknown } ? K : never]: FieldValue<S[K]>;
} & {
  [K in keyof S as S[K] extends { fallback: unknown } ? never : K]?: FieldValue<S[K]>;
};

export interface UrlQuery<Q> {
  parse: (params: SearchParamsInput) => Q;
  /** The query string (with its '?', or '' when every value is the default). */
  serialize: (query: Partial<Q>) => string;
  /** Whether any value other than the page differs from its default. */
  isFiltered: (query: Partial<Q>) => boolean;
}

/** The query type a UrlQuery reads, e.g. `QueryValue<typeof orderListQuery>`. */
export type QueryValue<U> = U extends UrlQuery<infer Q> ? Q : never;

const PAGE_DIGITS = /^\d{1,9}$/;

function rawValue(params: SearchParamsInput, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  const trimmed = firstValue(value)?.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The kinds of parameter a list URL holds. */
export const field = {
  /** Free text, cut to `maxLength`; `accept` (tested before cutting) refuses values outright. */
  text(maxLength = 200, accept?: (value: string) => boolean): QueryField<string> {
    return {
      parse: (raw) => (accept && !accept(raw) ? undefined : raw.slice(0, maxLength)),
      format: (value) => value,
    };
  },

  /** A whole number from 1 to `max`. */
  positiveInt(max = 999_999_999): QueryField<number> {
    return {
      parse: (raw) => {
        const number = PAGE_DIGITS.test(raw) ? Number(raw) : 0;
        return number >= 1 && number <= max ? number : undefined;
      },
      format: String,
    };
  },

  /** The page number: 1 unless the URL names a valid one. */
  page(max = 999_999_999): QueryField<number> & { fallback: number } {
    return { ...field.positiveInt(max), fallback: 1 };
  },

  /** One of `values`. */
  oneOf<T extends string>(values: readonly T[]): QueryField<T> {
    return {
      parse: (raw) => values.find((value) => value === raw),
      format: (value) => value,
    };
  },

  /** One of `values`, or `fallback` (which stays out of the URL). */
  oneOfOr<T extends string>(values: readonly T[], fallback: T): QueryField<T> & { fallback: T } {
    return { ...field.oneOf(values), fallback };
  },

  /** A checkbox: "true", "1" or "on" set it; it is written as "true" and left out when off. */
  flag(): QueryField<boolean> & { fallback: boolean } {
    return {
      parse: (raw) => raw === 'true' || raw === '1' || raw === 'on',
      format: () => 'true',
      fallback: false,
    };
  },
};

/**
 * The UrlQuery of `fields`, in the order they are written to the URL. `refine` fixes combinations
 * the fields cannot judge alone (e.g. a reversed price range) after each parse.
 */
export function urlQuery<S extends Fields>(
  fields: S,
  refine?: (query: QueryOf<S>) => QueryOf<S>,
): UrlQuery<QueryOf<S>> {
  const entries = Object.entries(fields) as [string, QueryField<unknown>][];

  const parse = (params: SearchParamsInput): QueryOf<S> => {
    const query: Record<string, unknown> = {};
    for (const [name, definition] of entries) {
      const raw = rawValue(params, name);
      const value = raw === undefined ? undefined : definition.parse(raw);
      query[name] = value ?? definition.fallback;
    }
    const typed = query as QueryOf<S>;
    return refine ? refine(typed) : typed;
  };

  const written = (query: Partial<QueryOf<S>>, skip?: string): URLSearchParams => {
    const values = query as Record<string, unknown>;
    const params = new URLSearchParams();
    for (const [name, definition] of entries) {
      const value = values[name];
      if (name === skip || value === undefined || value === definition.fallback) continue;
      params.set(name, definition.format(value));
    }
    return params;
  };

  return {
    parse,
    serialize: (query) => {
      const text = written(query).toString();
      return text === '' ? '' : `?${text}`;
    },
    isFiltered: (query) => written(query, 'page').toString() !== '',
  };
}
