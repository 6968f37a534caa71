import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DetailList } from '@/components/ui/detail-list';

describe('DetailList', () => {
  test('pairs each label with its value, the total last', () => {
    const { container } = render(
      <DetailList
        rows={[
          { label: 'Items', value: 3 },
          { label: 'Shipping', value: 'Free' },
        ]}
        total={{ label: 'Subtotal', value: '$12.00', testId: 'subtotal' }}
      />,
    );
    const terms = [...container.querySelectorAll('dt')].map((term) => term.textContent);
    const values = [...container.querySelectorAll('dd')].map((value) => value.textContent);
    expect(terms).toEqual(['Items', 'Shipping', 'Subtotal']);
    expect(values).toEqual(['3', 'Free', '$12.00']);
    expect(screen.getByTestId('subtotal')).toHaveTextContent('$12.00');
  });

  test('shows no total row without a total', () => {
    const { container } = render(<DetailList rows={[{ label: 'Placed', value: 'Today' }]} />);
    expect(container.querySelectorAll('dt')).toHaveLength(1);
  });
});
