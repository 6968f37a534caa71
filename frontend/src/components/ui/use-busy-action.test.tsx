import { act, renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { ApiError } from '@/lib/api-error';

const toasts = vi.hoisted(() => ({ success: [] as string[], error: [] as string[] }));

vi.mock('react-hot-toast', () => ({
  default: {
    success: (message: string) => toasts.success.push(message),
    error: (message: string) => toasts.error.push(message),
  },
}));

describe('useBusyAction', () => {
  test('marks the action busy while it runs and toasts its success', async () => {
    const { result } = renderHook(() => useBusyAction<number>());
    let finish: (value: string) => void = () => undefined;
    let outcome: Promise<string | null> = Promise.resolve(null);
    act(() => {
      outcome = result.current.run(7, () => new Promise<string>((resolve) => (finish = resolve)), {
        done: (name) => `${name} saved.`,
      });
    });
    expect(result.current.busy).toBe(7);
    await act(async () => {
      finish('Lamp');
      await outcome;
    });
    expect(await outcome).toBe('Lamp');
    expect(result.current.busy).toBeNull();
    expect(toasts.success).toContain('Lamp saved.');
  });

  test('a failure resolves to null and is told, with its subject, in a toast and to onError', async () => {
    const { result } = renderHook(() => useBusyAction<number>());
    const onError = vi.fn();
    let outcome: string | null = 'unset';
    await act(async () => {
      outcome = await result.current.run(
        3,
        () => Promise.reject(new ApiError(409, 'Email already sent')),
        { done: () => 'never', subject: 'ada@example.com', onError },
      );
    });
    expect(outcome).toBeNull();
    expect(onError).toHaveBeenCalledWith('Email already sent');
    expect(toasts.error).toContain('ada@example.com: Email already sent');
    expect(result.current.busy).toBeNull();
  });
});
