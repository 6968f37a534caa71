// Puts an API error onto a React Hook Form: 422 field messages land on their fields, everything
// else comes back as one message for the form as a whole.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { toApiError } from '@/lib/api-error';

/**
 * Applies the field errors of `error` to the named fields. Returns the message to show above the
 * form, or null when every problem was attached to a field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null {
  const apiError = toApiError(error);
  const known = new Set<string>(fields);
  let unplaced = false;
  let placedAny = false;
  for (const [field, message] of Object.entries(apiError.fieldErrors)) {
    if (known.has(field)) {
      setError(field as Path<T>, { type: 'server', message });
      placedAny = true;
    } else {
      unplaced = true;
    }
  }
  if (placedAny && !unplaced) {
    return null;
  }
  return placedAny ? 'Please correct the highlighted fields.' : apiError.message;
}
