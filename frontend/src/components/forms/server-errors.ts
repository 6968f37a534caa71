// Puts an API error onto a React Hook Form: 422 field messages land on their fields, a refusal the
// form names (a 409 "already taken", say) lands on its field, everything else comes back as one
// message for the form as a whole. useServerForm (use-server-form.ts) is how forms use it.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { toApiError, type ApiError } from '@/lib/api-error';

/** Where an error of one status lands: on `field` (or the one it picks; null means the alert). */
export interface StatusFieldRule<Values extends FieldValues> {
  field: Path<Values> | ((error: ApiError) => Path<Values> | null);
  /** Shown on the field instead of the API's message. */
  message?: string;
}

/** The form's server-side vocabulary: fields a 422 may name, and fields for given statuses. */
export interface ServerErrorMap<Values extends FieldValues> {
  fields: readonly Path<Values>[];
  statusFields?: Partial<Record<number, StatusFieldRule<Values>>>;
}

/**
 * Applies `error` to the form's fields as `map` says. Returns the message to show above the form,
 * or null when every problem was attached to a field.
 */
export function applyServerErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  { fields, statusFields = {} }: ServerErrorMap<Values>,
): string | null {
  const apiError = toApiError(error);
  const rule = statusFields[apiError.status];
  const ruleField = typeof rule?.field === 'function' ? rule.field(apiError) : rule?.field;
  if (rule && ruleField) {
    setError(
      ruleField,
      { type: 'server', message: rule.message ?? apiError.message },
      { shouldFocus: true },
    );
    return null;
  }
  const known = new Set<string>(fields);
  let unplaced = false;
  let placedAny = false;
  for (const [field, message] of Object.entries(apiError.fieldErrors)) {
    if (known.has(field)) {
      setError(field as Path<Values>, { type: 'server', message });
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
