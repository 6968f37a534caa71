import { act, renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { useSignOut } from '@/components/layout/use-sign-out';
import { useAuthStore } from '@/features/account/store';
import { useCartStore } from '@/features/cart/store';

describe('useSignOut', () => {
  test('signs out, empties the cart, then loads the next page afresh', async () => {
    const steps: string[] = [];
    useAuthStore.setState({ logout: () => Promise.resolve(void steps.push('logout')) });
    useCartStore.setState({ reset: () => void steps.push('reset cart') });
    const assign = vi.fn((url: string) => void steps.push(`go ${url}`));
    vi.stubGlobal('location', { ...window.location, assign });
    const { result } = renderHook(() => useSignOut());
    await act(() => result.current('/login?next=%2Fadmin'));
    expect(steps).toEqual(['logout', 'reset cart', 'go /login?next=%2Fadmin']);
    vi.unstubAllGlobals();
  });
});
