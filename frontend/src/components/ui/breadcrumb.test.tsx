import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Breadcrumb } from '@/components/ui/breadcrumb';

describe('Breadcrumb', () => {
  test('links every page of the trail and marks the current one without a link', () => {
    render(
      <Breadcrumb
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Products', href: '/products' },
        ]}
        current="Trail shoes"
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Products', '/products'],
    ]);
    const current = within(nav).getByText('Trail shoes');
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(within(current).queryByRole('link')).not.toBeInTheDocument();
  });

  test('adds the given class to the trail', () => {
    render(<Breadcrumb trail={[]} current="Products" className="mb-3" />);
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveClass(
      'mb-3',
      'text-sm',
      'text-slate-600',
    );
  });
});
