import { describe, expect, test, vi } from 'vitest';
import { createOrUpdate } from '@/lib/create-or-update';

describe('createOrUpdate', () => {
  test('creates an item when none is edited', async () => {
    const create = vi.fn((input: string) => Promise.resolve({ id: 1, name: input }));
    const update = vi.fn();
    expect(await createOrUpdate(null, 'Lamp', create, update)).toEqual({ id: 1, name: 'Lamp' });
    expect(update).not.toHaveBeenCalled();
  });

  test('saves the changes of the item edited, by its id', async () => {
    const create = vi.fn();
    const update = vi.fn((id: number, input: string) => Promise.resolve({ id, name: input }));
    expect(await createOrUpdate({ id: 7 }, 'Lamp', create, update)).toEqual({
      id: 7,
      name: 'Lamp',
    });
    expect(update).toHaveBeenCalledWith(7, 'Lamp');
    expect(create).not.toHaveBeenCalled();
  });
});
