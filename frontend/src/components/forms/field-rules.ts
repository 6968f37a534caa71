// Validation rules for React Hook Form that several forms share, worded once.

/** `pattern` rule for an email address (the API validates it properly; this catches typos). */
export const emailPattern = {
  value: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  message: 'Enter a valid email address.',
};

/** `maxLength` rule of `limit` characters. */
export function maxLength(limit: number): { value: number; message: string } {
  return { value: limit, message: `Use at most ${limit} characters.` };
}

/** `validate` rule that rejects an empty or blank value with `message`. */
export function notBlank(message: string): (value: string) => true | string {
  return (value) => value.trim() !== '' || message;
}

/** `pattern` rule for a slug; an empty value passes (the API then makes one from the name). */
export const slugPattern = {
  value: /^\s*([a-z0-9]+(-[a-z0-9]+)*)?\s*$/,
  message: 'Use lower-case letters, digits and single hyphens.',
};
