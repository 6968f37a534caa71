import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Stars } from '@/features/reviews/components/stars';

describe('Stars', () => {
  test('read out as the rating out of 5, filled as far as the value goes', () => {
    render(<Stars value={4.33} />);
    const stars = screen.getByRole('img', { name: 'Rated 4.3 out of 5' });
    const filled = stars.lastElementChild as HTMLElement;
    expect(filled.style.width).toBe(`${(4.33 / 5) * 100}%`);
  });

  test('never fill past five stars', () => {
    render(<Stars value={7} />);
    const filled = screen.getByRole('img').lastElementChild as HTMLElement;
    expect(filled.style.width).toBe('100%');
  });
});
