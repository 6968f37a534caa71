import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useResendVerification } from '@/features/account/use-resend-verification';
import { ApiError } from '@/lib/api-error';

const toasts = vi.hoisted(() => ({ success: [] as string[], error: [] as string[] }));
const api = vi.hoisted(() => ({ resendVerification: vi.fn<(email: string) => Promise<void>>() }));

vi.mock('react-hot-toast', () => ({
  default: {
    success: (message: string) => toasts.success.push(message),
    error: (message: string) => toasts.error.push(message),
  },
}));
vi.mock('@/features/account/api', () => api);

beforeEach(() => {
  toasts.success.length = 0;
  toasts.error.length = 0;
  api.resendVerification.mockReset();
});

describe('useResendVerification', () => {
  test('sends the link to the address, is busy meanwhile and says it was sent', async () => {
    let finish: () => void = () => undefined;
    api.resendVerification.mockImplementation(
      () => new Promise<void>((resolve) => (finish = resolve)),
    );
    const { result } = renderHook(() => useResendVerification());
    let sending: Promise<void> = Promise.resolve();
    act(() => {
      sending = result.current.resend('ada@example.com');
    });
    expect(result.current.resending).toBe(true);
    await act(async () => {
      finish();
      await sending;
    });
    expect(api.resendVerification).toHaveBeenCalledWith('ada@example.com');
    expect(result.current.resending).toBe(false);
    expect(toasts.success).toEqual(['We sent you a new verification link.']);
  });

  test('tells a failure in a toast and is no longer busy', async () => {
    api.resendVerification.mockRejectedValue(
      new ApiError(429, 'Too many requests. Wait a moment.'),
    );
    const { result } = renderHook(() => useResendVerification());
    await act(async () => {
      await result.current.resend('ada@example.com');
    });
    expect(result.current.resending).toBe(false);
    expect(toasts.success).toEqual([]);
    expect(toasts.error).toHaveLength(1);
  });
});
