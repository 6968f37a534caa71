import { AxiosError, AxiosHeaders } from 'axios';
import { describe, expect, test } from 'vitest';
import { apiErrorFromBody, errorMessage, toApiError } from '@/lib/api-error';

describe('api errors', () => {
  test('a 422 maps every body field to its message', () => {
    const error = apiErrorFromBody(422, {
      detail: [
        { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
        { loc: ['body', 'password'], msg: 'too short', type: 'string_too_short' },
      ],
    });
    expect(error.fieldErrors).toEqual({
      email: 'value is not a valid email address',
      password: 'too short',
    });
    expect(error.message).toContain('Email: value is not a valid email address');
  });

  test('a detail string becomes the message', () => {
    expect(apiErrorFromBody(409, { detail: 'Email already registered' }).message).toBe(
      'Email already registered',
    );
  });

  test('an Axios error without a response is a connection problem', () => {
    const error = new AxiosError('Network Error', 'ERR_NETWORK');
    expect(toApiError(error).status).toBe(0);
  });

  test('a 429 tells how long to wait', () => {
    const headers = new AxiosHeaders({ 'retry-after': '12' });
    const error = new AxiosError('Too Many Requests', 'ERR_BAD_REQUEST', undefined, undefined, {
      status: 429,
      statusText: 'Too Many Requests',
      headers,
      config: { headers },
      data: { detail: 'Too many requests' },
    });
    expect(errorMessage(error)).toBe('Too many attempts. Please try again in 12 seconds.');
  });
});
