'use client';

// The one action of a dialog (a delete, a download): whether it is running, so the dialog can show
// it busy, and why it failed, as a message the dialog shows in its own alert.
import { useCallback, useState } from 'react';
import { errorMessage } from '@/lib/api-error';

export interface DialogAction {
  busy: boolean;
  /** Why the last run failed (or what the dialog itself found wrong), or null. */
  error: string | null;
  setError: (error: string | null) => void;
  /**
   * Runs `action`, clearing the last error first; resolves to whether it succeeded. A failure is
   * kept as `describe` words it (the API's message unless given).
   */
  run: (action: () => Promise<void>, describe?: (error: unknown) => string) => Promise<boolean>;
}

export function useDialogAction(): DialogAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<void>, describe: (error: unknown) => string = errorMessage) => {
      setBusy(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (caught: unknown) {
        setError(describe(caught));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  return { busy, error, setError, run };
}
