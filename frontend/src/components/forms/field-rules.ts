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
