import type { RegisterOptions } from 'react-hook-form';

const encoder = new TextEncoder();

/** The API's password rule: at least 8 characters and at most 72 bytes (bcrypt's limit). */
export const passwordRules = {
  required: 'Enter a password.',
  minLength: { value: 8, message: 'Use at least 8 characters.' },
  validate: (value: string) =>
    encoder.encode(value).length <= 72 ||
    'Use at most 72 bytes (shorter, or fewer special characters).',
} satisfies RegisterOptions<Record<string, string>, string>;

/** The rule of a field that repeats a password: `label` names it in the message ("new password"). */
export function confirmationRules(label: string, password: () => string) {
  return {
    required: `Repeat your ${label}.`,
    validate: (value: string) => value === password() || 'The passwords do not match.',
  } satisfies RegisterOptions<Record<string, string>, string>;
}
