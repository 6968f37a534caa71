import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { AdminShell, CardGridSkeleton, useSignOut } from '@/components/layout/admin-shell';
import { useAuthStore } from '@/features/account/store';
import { useCartStore } from '@/features/cart/store';

vi.mock('next/navigation', () => ({ usePathname: () => '/admin/orders' }));

const never = new Promise<never>(() => undefined);

function SuspendingPage(): never {
  throw never;
}

describe('AdminShell', () => {
  test('shows the page inside the back-office frame, its section marked current', () => {
    render(
      <AdminShell>
        <h1>Orders</h1>
      </AdminShell>,
    );
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('heading', { level: 1, name: 'Orders' }),
    );
    expect(screen.getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page');
  });

  test('shows the page skeleton while the page suspends, e.g. until it can read the URL', () => {
    render(
      <AdminShell>
        <SuspendingPage />
      </AdminShell>,
    );
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('status'));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });
});

describe('CardGridSkeleton', () => {
  test('draws one hidden placeholder per card', () => {
    const { container } = render(<CardGridSkeleton count={3} />);
    expect(container.querySelectorAll('[aria-hidden="true"]')).toHaveLength(3);
  });
});

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
