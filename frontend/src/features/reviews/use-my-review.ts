'use client';

// What GET /api/products/{id}/reviews/mine says for the signed-in customer (whether they may
// review, their own review), read again whenever who is signed in changes; null when signed out.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuthStore } from '@/features/account/store';
import { getMyReview } from '@/features/reviews/api';
import type { MyReview } from '@/features/reviews/types';
import { errorMessage } from '@/lib/api-error';

export interface MyReviewState {
  /** False until the session is known, so the page does not flash "Sign in". */
  ready: boolean;
  signedIn: boolean;
  mine: MyReview | null;
  error: string | null;
  reload: () => Promise<void>;
}

export function useMyReview(productId: number): MyReviewState {
  const userId = useAuthStore((state) => state.user?.id ?? null);
  const initialized = useAuthStore((state) => state.initialized);
  const [mine, setMine] = useState<MyReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const call = ++latest.current;
    if (userId === null) {
      setMine(null);
      return;
    }
    try {
      const answer = await getMyReview(productId);
      if (call === latest.current) {
        setMine(answer);
        setError(null);
      }
    } catch (caught: unknown) {
      if (call === latest.current) setError(errorMessage(caught));
    }
  }, [productId, userId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ready: initialized, signedIn: userId !== null, mine, error, reload };
}
