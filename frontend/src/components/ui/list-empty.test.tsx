import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { CubeIcon } from '@heroicons/react/24/outline';
import { ListEmpty } from '@/components/ui/list-empty';

const TEXTS = {
  noMatch: { title: 'No things match', text: 'Try another search.' },
  none: { title: 'No things yet', text: 'Add the first thing.', action: <a href="/new">Add</a> },
};

describe('ListEmpty', () => {
  test('offers to clear the filters when they match nothing', async () => {
    const onClear = vi.fn();
    render(<ListEmpty icon={CubeIcon} filtered onClear={onClear} {...TEXTS} />);
    expect(screen.getByRole('heading', { name: 'No things match' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  test('says there is nothing yet, with its own action, when unfiltered', () => {
    render(<ListEmpty icon={CubeIcon} filtered={false} onClear={vi.fn()} {...TEXTS} />);
    expect(screen.getByRole('heading', { name: 'No things yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
