'use client';

import { useCallback, useEffect, useState } from 'react';
import { getOrder } from '@/features/orders/api';
import type { Order } from '@/features/orders/types';
import { toApiError, type ApiError } from '@/lib/api-error';

export interface OrderState {
  order: Order | null;
  error: ApiError | null;
  loading: boolean;
  setOrder: (order: Order) => void;
}

/** Loads one of the signed-in user's orders; `id` comes from the URL and may be nonsense. */
export function useOrder(id: string): OrderState {
  const [order, setOrder] = useState<Order | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    const numeric = Number(id);
    if (!Number.isInteger(numeric) || numeric < 1) {
      setError(toApiError(new Error('Order not found')));
      setLoading(false);
      return;
    }
    setLoading(true);
    try {
      setOrder(await getOrder(numeric));
      setError(null);
    } catch (caught: unknown) {
      setError(toApiError(caught));
    } finally {
      setLoading(false);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  return { order, error, loading, setOrder };
}
