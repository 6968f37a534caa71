'use client';

// Loads data for a client component (the back office reads with the signed-in user's token, so it
// cannot use Server Components): the latest answer wins, earlier ones still in flight are ignored.
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '@/lib/api-error';

export interface Remote<T> {
  data: T | null;
  error: ApiError | null;
  /** True while a request is in flight, including reloads that keep the previous data. */
  loading: boolean;
  reload: () => Promise<void>;
  /** Replaces the data locally, e.g. with the object a PUT returned. */
  setData: (update: T | ((current: T | null) => T | null)) => void;
}

/**
 * Calls `fetcher` now and whenever `key` changes (a string naming the query, e.g. its URL).
 * Errors are kept as ApiError, never thrown.
 */
export function useRemote<T>(key: string, fetcher: () => Promise<T>): Remote<T> {
  const [data, setDataState] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  const load = useCallback(async () => {
    const call = ++latest.current;
    setLoading(true);
    try {
      const result = await fetcherRef.current();
      if (call === latest.current) {
        setDataState(result);
        setError(null);
      }
    } catch (caught: unknown) {
      if (call === latest.current) setError(toApiError(caught));
    } finally {
      if (call === latest.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [key, load]);

  const setData = useCallback((update: T | ((current: T | null) => T | null)) => {
    setDataState((current) =>
      typeof update === 'function' ? (update as (value: T | null) => T | null)(current) : update,
    );
  }, []);

  return { data, error, loading, reload: load, setData };
}
