'use client';

// One action at a time from a table row or a button (a save, a retry, a status change): which one
// is in flight, so its control can show that it is busy, and a toast saying how it went.
import { useCallback, useState } from 'react';
import toast from 'react-hot-toast';
import { errorMessage } from '@/lib/api-error';

export interface BusyActionMessages<T> {
  /** The success toast, from what the action returned. */
  done: (result: T) => string;
  /** Put before the error in the failure toast, e.g. the name of the row ("Lamp: …"). */
  subject?: string;
  /** Also told the error message, e.g. to show it in a dialog. */
  onError?: (message: string) => void;
}

export interface BusyAction<K> {
  /** The key of the action in flight, or null. */
  busy: K | null;
  /** Runs `action` under `key`; resolves to its result, or to null once the failure is shown. */
  run: <T>(key: K, action: () => Promise<T>, messages: BusyActionMessages<T>) => Promise<T | null>;
}

export function useBusyAction<K>(): BusyAction<K> {
  const [busy, setBusy] = useState<K | null>(null);
  const run = useCallback(
    async <T>(key: K, action: () => Promise<T>, messages: BusyActionMessages<T>) => {
      setBusy(() => key);
      try {
        const result = await action();
        toast.success(messages.done(result));
        return result;
      } catch (error: unknown) {
        const message = errorMessage(error);
        messages.onError?.(message);
        toast.error(messages.subject ? `${messages.subject}: ${message}` : message);
        return null;
      } finally {
        setBusy(null);
      }
    },
    [],
  );
  return { busy, run };
}
