// Next.js gives a search parameter as a string, a list (when it is repeated) or undefined.

/** The first value of a search parameter, or undefined when it is absent. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
