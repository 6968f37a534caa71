import { describe, expect, test, vi } from 'vitest';
import { applyServerErrors } from '@/components/forms/server-errors';
import { ApiError, apiErrorFromBody } from '@/lib/api-error';

interface Form {
  email: string;
  password: string;
}

describe('applyServerErrors', () => {
  test('puts 422 messages on their fields and needs no form message', () => {
    const setError = vi.fn();
    const error = apiErrorFromBody(422, {
      detail: [
        { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
      ],
    });
    expect(applyServerErrors<Form>(error, setError, ['email', 'password'])).toBeNull();
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
    expect(applyServerErrors<Form>(error, setError, ['email', 'password'])).toBe(
      'Please correct the highlighted fields.',
    );
  });

  test('returns the detail of any other error for the form as a whole', () => {
    const setError = vi.fn();
    expect(
      applyServerErrors<Form>(new ApiError(409, 'Email already registered'), setError, ['email']),
    ).toBe('Email already registered');
    expect(setError).not.toHaveBeenCalled();
  });
});
