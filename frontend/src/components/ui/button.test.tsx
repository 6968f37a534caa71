import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { PlusIcon } from '@heroicons/react/24/outline';
import { Button } from '@/components/ui/button';

describe('Button', () => {
  test('puts its icon before the words, hidden from screen readers and sized for the button', () => {
    const { container, rerender } = render(<Button icon={PlusIcon}>New code</Button>);
    expect(screen.getByRole('button', { name: 'New code' })).toBeInTheDocument();
    const icon = container.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon).toHaveClass('h-5', 'w-5');
    rerender(
      <Button icon={PlusIcon} size="sm">
        New code
      </Button>,
    );
    expect(container.querySelector('svg')).toHaveClass('h-4', 'w-4');
  });
});
