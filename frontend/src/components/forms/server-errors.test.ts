import { describe, expect, test, vi } from 'vitest';
import { applyServerErrors } from '@/components/forms/server-errors';
import { ApiError, apiErrorFromBody } from '@/lib/api-error';

interface Form {
  email: string;
  password: string;
  sku: string;
}

const fields = ['email', 'password', 'sku'] as const;

describe('applyServerErrors', () => {
  test('puts 422 messages on their fields and needs no form message', () => {
    const setError = vi.fn();
    const error = apiErrorFromBody(422, {
      detail: [
        { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
      ],
    });
    expect(applyServerErrors<Form>(error, setError, { fields })).toBeNull();
    expect(setError).toHaveBeenCalledWith('email', {
      type: 'server',
      message: 'value is not a valid email address',
    });
  });

  test('asks to correct the fields when some problems have no field on the form', () => {
    const setError = vi.fn();
    const error = apiErrorFromBody(422, {
      detail: [
        { loc: ['body', 'password'], msg: 'too short', type: 'string_too_short' },
        { loc: ['body', 'captcha'], msg: 'missing', type: 'missing' },
      ],
    });
    expect(applyServerErrors<Form>(error, setError, { fields })).toBe(
      'Please correct the highlighted fields.',
    );
  });

  test('returns the detail of any other error for the form as a whole', () => {
    const setError = vi.fn();
    expect(
      applyServerErrors<Form>(new ApiError(409, 'Email already registered'), setError, { fields }),
    ).toBe('Email already registered');
    expect(setError).not.toHaveBeenCalled();
  });

  test('puts a status the form maps onto its field, with the form its own words', () => {
    const setError = vi.fn();
    const message = applyServerErrors<Form>(
      new ApiError(409, 'Email already registered'),
      setError,
      {
        fields,
        statusFields: { 409: { field: 'email', message: 'Try signing in.' } },
      },
    );
    expect(message).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'email',
      { type: 'server', message: 'Try signing in.' },
      { shouldFocus: true },
    );
  });

  test('lets the form pick the field from the error, or leave it to the alert', () => {
    const statusFields = {
      409: { field: (error: ApiError) => (/sku/i.test(error.message) ? ('sku' as const) : null) },
    };
    const setError = vi.fn();
    expect(
      applyServerErrors<Form>(new ApiError(409, 'SKU already used'), setError, {
        fields,
        statusFields,
      }),
    ).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'sku',
      { type: 'server', message: 'SKU already used' },
      { shouldFocus: true },
    );
    expect(
      applyServerErrors<Form>(new ApiError(409, 'Something else'), vi.fn(), {
        fields,
        statusFields,
      }),
    ).toBe('Something else');
  });
});
