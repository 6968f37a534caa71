import { describe, expect, test } from 'vitest';
import { categoryFormValues, toCategoryInput } from '@/features/admin-categories/form';

describe('toCategoryInput', () => {
  test('trims, and leaves an empty slug to the API', () => {
    expect(toCategoryInput({ name: ' Tools ', slug: ' ', description: '' }, false)).toEqual({
      name: 'Tools',
    });
  });

  test('clears the description when an edit empties it', () => {
    expect(toCategoryInput({ name: 'Tools', slug: 'tools', description: '' }, true)).toEqual({
      name: 'Tools',
      slug: 'tools',
      description: null,
    });
  });

  test('starts an empty form for a new category', () => {
    expect(categoryFormValues(null)).toEqual({ name: '', slug: '', description: '' });
  });
});
