import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { SkipLink } from '@/components/layout/skip-link';

describe('SkipLink', () => {
  test('leads to the main element and stays out of sight until focused', () => {
    render(<SkipLink targetId="main" />);
    const link = screen.getByRole('link', { name: 'Skip to content' });
    expect(link).toHaveAttribute('href', '#main');
    expect(link).toHaveClass('sr-only', 'focus:not-sr-only', 'focus:absolute');
  });

  test('can be pinned to the view instead of the page', () => {
    render(<SkipLink targetId="admin-main" position="fixed" />);
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveClass('focus:fixed');
  });
});
