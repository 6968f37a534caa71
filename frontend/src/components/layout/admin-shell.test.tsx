import { render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { AdminShell, CardGridSkeleton } from '@/components/layout/admin-shell';

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
