import { describe, expect, test } from 'vitest';
import {
  chosenVariant,
  initialChoice,
  valueState,
  withValue,
} from '@/features/catalog/variant-choice';
import { testVariant as variant } from '@/features/catalog/test-product';

// Size S, M, L × Colour Red, Blue: L / Blue is not sold and M / Red is sold out.
const variants = [
  variant(1, ['S', 'Red'], 4),
  variant(2, ['S', 'Blue'], 2),
  variant(3, ['M', 'Red'], 0),
  variant(4, ['M', 'Blue'], 7),
  variant(5, ['L', 'Red'], 1),
];

describe('valueState', () => {
  test('with nothing chosen, a value is available while any of its variants is in stock', () => {
    expect(valueState(variants, [null, null], 0, 'M')).toBe('available');
    expect(valueState(variants, [null, null], 1, 'Blue')).toBe('available');
  });

  test('a value whose combination with the other chosen values is sold out says so', () => {
    expect(valueState(variants, ['S', 'Red'], 0, 'M')).toBe('sold_out');
    expect(valueState(variants, ['M', 'Blue'], 1, 'Red')).toBe('sold_out');
  });

  test('a value whose combination is not sold is missing', () => {
    expect(valueState(variants, ['S', 'Blue'], 0, 'L')).toBe('missing');
    expect(valueState(variants, ['L', null], 1, 'Blue')).toBe('missing');
  });

  test('the value chosen for the option itself does not count against its other values', () => {
    expect(valueState(variants, ['S', 'Red'], 0, 'L')).toBe('available');
    expect(valueState(variants, ['L', 'Red'], 0, 'S')).toBe('available');
  });
});

describe('chosenVariant', () => {
  test('names the variant once every option is chosen', () => {
    expect(chosenVariant(variants, ['M', 'Blue'])?.id).toBe(4);
  });

  test('is null while an option is not chosen or the combination is not sold', () => {
    expect(chosenVariant(variants, ['M', null])).toBeNull();
    expect(chosenVariant(variants, ['L', 'Blue'])).toBeNull();
  });
});

describe('initialChoice', () => {
  test('opens on the first variant in stock', () => {
    expect(initialChoice(2, [variant(9, ['XS', 'Red'], 0), ...variants])).toEqual(['S', 'Red']);
  });

  test('opens on the first variant when all are sold out, and on nothing without variants', () => {
    expect(initialChoice(2, [variant(9, ['XS', 'Red'], 0), variant(8, ['XL', 'Red'], 0)])).toEqual([
      'XS',
      'Red',
    ]);
    expect(initialChoice(2, [])).toEqual([null, null]);
  });
});

test('withValue changes one option and keeps the others', () => {
  expect(withValue(['S', 'Red'], 1, 'Blue')).toEqual(['S', 'Blue']);
});
