import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { LoadingRegion, SkeletonLines } from '@/components/ui/skeleton';

describe('SkeletonLines', () => {
  test('draws one hidden placeholder a line, of the size given', () => {
    const { container } = render(<SkeletonLines lines={['h-4 w-1/2', 'h-5 w-1/4']} />);
    const lines = container.querySelectorAll('[aria-hidden="true"]');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveClass('h-4', 'w-1/2');
    expect(lines[1]).toHaveClass('h-5', 'w-1/4');
  });

  test('is announced once, by the loading region around it', () => {
    render(
      <LoadingRegion label="Loading your cart">
        <SkeletonLines lines={['h-4']} />
      </LoadingRegion>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading your cart…');
  });
});
