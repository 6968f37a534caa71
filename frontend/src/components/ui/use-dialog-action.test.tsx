import { act, renderHook } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useDialogAction } from '@/components/ui/use-dialog-action';
import { ApiError } from '@/lib/api-error';

describe('useDialogAction', () => {
  test('is busy while the action runs and reports success', async () => {
    const { result } = renderHook(() => useDialogAction());
    let finish: () => void = () => undefined;
    let outcome: Promise<boolean> = Promise.resolve(false);
    act(() => {
      outcome = result.current.run(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      finish();
      await outcome;
    });
    expect(await outcome).toBe(true);
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBeNull();
  });

  test('keeps the failure as a message for the dialog and clears it on the next run', async () => {
    const { result } = renderHook(() => useDialogAction());
    let ok = true;
    await act(async () => {
      ok = await result.current.run(() => Promise.reject(new ApiError(409, 'Already sent.')));
    });
    expect(ok).toBe(false);
    expect(result.current.error).toBe('Already sent.');
    expect(result.current.busy).toBe(false);
    await act(async () => {
      await result.current.run(() => Promise.resolve());
    });
    expect(result.current.error).toBeNull();
  });

  test('words the failure as the dialog asks', async () => {
    const { result } = renderHook(() => useDialogAction());
    await act(async () => {
      await result.current.run(
        () => Promise.reject(new ApiError(409, 'Conflict.')),
        (error) => `Not deleted: ${(error as ApiError).message}`,
      );
    });
    expect(result.current.error).toBe('Not deleted: Conflict.');
  });
});
