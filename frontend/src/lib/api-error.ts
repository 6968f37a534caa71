// The one error type of the front end. Anything thrown by the API client or a server-side fetch is
// turned into an ApiError here, and `errorMessage` is the one place that words it for a shopper.
import axios from 'axios';

export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type?: string;
}

export class ApiError extends Error {
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** Field name → message, from a 422 body (`loc` ["body", field]). */
  readonly fieldErrors: Record<string, string>;
  /** Seconds to wait, from a 429's Retry-After header. */
  readonly retryAfter: number | null;

  constructor(
    status: number,
    message: string,
    fieldErrors: Record<string, string> = {},
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.fieldErrors = fieldErrors;
    this.retryAfter = retryAfter;
  }
}

function isValidationIssue(value: unknown): value is ValidationIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ValidationIssue).loc) &&
    typeof (value as ValidationIssue).msg === 'string'
  );
}

function humanise(field: string): string {
  const words = field.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Builds an ApiError from a status and a `{"detail": ...}` body as API.md describes it. */
export function apiErrorFromBody(
  status: number,
  body: unknown,
  retryAfter: number | null = null,
): ApiError {
  const detail =
    typeof body === 'object' && body !== null ? (body as { detail?: unknown }).detail : undefined;
  if (typeof detail === 'string') {
    return new ApiError(status, detail, {}, retryAfter);
  }
  if (Array.isArray(detail)) {
    const fieldErrors: Record<string, string> = {};
    const messages: string[] = [];
    for (const issue of detail.filter(isValidationIssue)) {
      const path = issue.loc.slice(issue.loc[0] === 'body' || issue.loc[0] === 'query' ? 1 : 0);
      const field = path.map(String).join('.');
      if (field !== '' && !(field in fieldErrors)) {
        fieldErrors[field] = issue.msg;
      }
      messages.push(field === '' ? issue.msg : `${humanise(field)}: ${issue.msg}`);
    }
    return new ApiError(
      status,
      messages.join(' ') || defaultMessage(status),
      fieldErrors,
      retryAfter,
    );
  }
  return new ApiError(status, defaultMessage(status), {}, retryAfter);
}

function defaultMessage(status: number): string {
  if (status === 0) return 'We could not reach the shop. Check your connection and try again.';
  if (status === 401) return 'Please sign in to continue.';
  if (status === 403) return 'You are not allowed to do that.';
  if (status === 404) return 'We could not find what you were looking for.';
  if (status === 413) return 'That file is too large.';
  if (status === 429) return 'Too many attempts. Please wait a moment and try again.';
  if (status >= 500) return 'Something went wrong on our side. Please try again.';
  return 'Something went wrong. Please try again.';
}

function parseRetryAfter(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/** Turns anything thrown (Axios error, ApiError, Error, other) into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (axios.isAxiosError(error)) {
    const response = error.response;
    if (!response) {
      return new ApiError(0, defaultMessage(0));
    }
    const retryAfter = parseRetryAfter(response.headers['retry-after']);
    return apiErrorFromBody(response.status, response.data, retryAfter);
  }
  if (error instanceof Error) {
    return new ApiError(0, error.message);
  }
  return new ApiError(0, defaultMessage(0));
}

/** The one sentence a shopper sees for any error. */
export function errorMessage(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.status === 429 && apiError.retryAfter !== null) {
    return `Too many attempts. Please try again in ${apiError.retryAfter} seconds.`;
  }
  return apiError.message;
}
