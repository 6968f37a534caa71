import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Panel } from '@/components/ui/panel';

describe('Panel', () => {
  test('is a region named by its title, holding its content', () => {
    render(
      <>
        <Panel title="Order summary">
          <p>Two items</p>
        </Panel>
        <Panel title="Shipping to">
          <p>Main Street 1</p>
        </Panel>
      </>,
    );
    const summary = screen.getByRole('region', { name: 'Order summary' });
    expect(summary).toHaveTextContent('Two items');
    expect(screen.getByRole('heading', { level: 2, name: 'Order summary' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Shipping to' })).toHaveTextContent('Main Street 1');
  });
});
