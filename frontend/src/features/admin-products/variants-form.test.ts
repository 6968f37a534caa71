import { describe, expect, test } from 'vitest';
import { testVariant } from '@/features/catalog/test-product';
import { ApiError } from '@/lib/api-error';
import {
  combinationCount,
  combinations,
  conflictingRows,
  generateProblems,
  generateRows,
  optionValues,
  placeServerErrors,
  rowsMatchOptions,
  saveProblems,
  toVariantsInput,
  variantErrors,
  variantFormValues,
  type OptionDraft,
  type VariantRow,
} from '@/features/admin-products/variants-form';

const sizeAndColour: OptionDraft[] = [
  { name: 'Size', values: 'S, M' },
  { name: 'Colour', values: 'Red, Blue' },
];

function row(options: string[], changes: Partial<VariantRow> = {}): VariantRow {
  return {
    id: null,
    options,
    sku: `TEE-${options.join('-')}`,
    price: '',
    compare_at_price: '',
    stock_quantity: '0',
    ...changes,
  };
}

describe('optionValues', () => {
  test('reads a comma list: trimmed, without blanks or repeats, in the order typed', () => {
    expect(optionValues(' M, S ,, M, L ')).toEqual(['M', 'S', 'L']);
    expect(optionValues('  ')).toEqual([]);
  });
});

describe('combinations', () => {
  test('makes every combination, the first option varying slowest', () => {
    expect(combinations([['S', 'M'], ['Red', 'Blue'], ['Cotton']])).toEqual([
      ['S', 'Red', 'Cotton'],
      ['S', 'Blue', 'Cotton'],
      ['M', 'Red', 'Cotton'],
      ['M', 'Blue', 'Cotton'],
    ]);
  });

  test('no options make no combinations', () => {
    expect(combinations([])).toEqual([]);
  });
});

describe('generateRows', () => {
  test('makes a row per combination with a suggested SKU, no price of its own and no stock', () => {
    const rows = generateRows(sizeAndColour, [], 'TEE');
    expect(rows.map((generated) => generated.options)).toEqual([
      ['S', 'Red'],
      ['S', 'Blue'],
      ['M', 'Red'],
      ['M', 'Blue'],
    ]);
    expect(rows[1]).toEqual({
      id: null,
      options: ['S', 'Blue'],
      sku: 'TEE-S-BLUE',
      price: '',
      compare_at_price: '',
      stock_quantity: '0',
    });
  });

  test('keeps the rows of combinations already there, with their id, SKU, prices and stock', () => {
    const kept = row(['M', 'Red'], { id: 8, sku: 'OWN', price: '21.00', stock_quantity: '4' });
    const dropped = row(['L', 'Red'], { id: 9 });
    const rows = generateRows(sizeAndColour, [kept, dropped], 'TEE');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toBe(kept);
    expect(rows.some((generated) => generated.id === 9)).toBe(false);
  });

  test('an option without a name or values does not count', () => {
    expect(generateRows([...sizeAndColour, { name: '', values: 'x' }], [], 'TEE')).toHaveLength(4);
    expect(combinationCount([...sizeAndColour, { name: 'Fit', values: ' ' }])).toBe(4);
  });
});

describe('variantErrors', () => {
  test('nothing to say about good rows', () => {
    expect(variantErrors(sizeAndColour, generateRows(sizeAndColour, [], 'TEE'))).toEqual({});
  });

  test('names each bad cell as the API would', () => {
    const errors = variantErrors(
      [
        { name: 'Size', values: 'S' },
        { name: 'size', values: '' },
      ],
      [
        row(['S'], { sku: ' ', price: 'abc', stock_quantity: '-1' }),
        row(['S'], { sku: 'A', compare_at_price: '1.234' }),
        row(['M'], { sku: 'A' }),
      ],
    );
    expect(Object.keys(errors).sort()).toEqual([
      'options.1.name',
      'options.1.values',
      'variants.0.price',
      'variants.0.sku',
      'variants.0.stock_quantity',
      'variants.1.compare_at_price',
      'variants.2.sku',
    ]);
  });
});

describe('toVariantsInput', () => {
  test('sends kept rows with their id, new ones without, empty prices as null', () => {
    const input = toVariantsInput(sizeAndColour, [
      row(['S', 'Red'], { id: 8, sku: ' TEE-1 ', price: '19.5', stock_quantity: '3' }),
      row(['S', 'Blue'], { compare_at_price: '30' }),
    ]);
    expect(input).toEqual({
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Colour', values: ['Red', 'Blue'] },
      ],
      variants: [
        {
          id: 8,
          options: ['S', 'Red'],
          sku: 'TEE-1',
          price: 19.5,
          compare_at_price: null,
          stock_quantity: 3,
        },
        {
          options: ['S', 'Blue'],
          sku: 'TEE-S-Blue',
          price: null,
          compare_at_price: 30,
          stock_quantity: 0,
        },
      ],
    });
  });

  test('no options and no rows make the product plain again', () => {
    expect(toVariantsInput([], [])).toEqual({ options: [], variants: [] });
  });
});

describe('variantFormValues', () => {
  test("shows a variant at the product's price with no price of its own", () => {
    const values = variantFormValues(
      {
        options: [{ name: 'Size', values: ['S', 'M'] }],
        variants: [
          testVariant(1, ['S'], 2, { price: 25 }),
          testVariant(2, ['M'], 0, { price: 27.5, compare_at_price: 30 }),
        ],
      },
      2500,
    );
    expect(values.options).toEqual([{ name: 'Size', values: 'S, M' }]);
    expect(values.rows).toEqual([
      { id: 1, options: ['S'], sku: 'TEE-S', price: '', compare_at_price: '', stock_quantity: '2' },
      {
        id: 2,
        options: ['M'],
        sku: 'TEE-M',
        price: '27.50',
        compare_at_price: '30.00',
        stock_quantity: '0',
      },
    ]);
  });
});

describe('conflictingRows', () => {
  const rows = [row(['S'], { sku: 'TEE-S' }), row(['M'], { sku: 'LAMP-1' })];

  test('finds the rows whose SKU the conflict names', () => {
    expect(conflictingRows('SKU LAMP-1 is already in use', rows)).toEqual([1]);
  });

  test('every row when it names none', () => {
    expect(conflictingRows('A SKU is already in use', rows)).toEqual([0, 1]);
  });
});

describe('rowsMatchOptions', () => {
  test('holds while every row is one of the combinations', () => {
    expect(rowsMatchOptions(sizeAndColour, [row(['M', 'Blue'])])).toBe(true);
  });

  test('fails once an option lost a value a row has, or an option was added', () => {
    expect(
      rowsMatchOptions(
        [
          { name: 'Size', values: 'S, M' },
          { name: 'Colour', values: 'Red' },
        ],
        [row(['M', 'Blue'])],
      ),
    ).toBe(false);
    expect(
      rowsMatchOptions([...sizeAndColour, { name: 'Fit', values: 'Slim' }], [row(['M', 'Blue'])]),
    ).toBe(false);
  });
});

describe('generateProblems', () => {
  test('lets good options generate', () => {
    expect(generateProblems(sizeAndColour)).toEqual({ errors: {}, message: null });
  });

  test("stops at an option's problem, on its cell", () => {
    expect(generateProblems([{ name: 'Size', values: ' , ' }])).toEqual({
      errors: { 'options.0.values': 'Enter at least one value.' },
      message: 'Correct the options first.',
    });
  });

  test('stops at more than 100 combinations', () => {
    const many = Array.from({ length: 11 }, (_, index) => `V${index}`).join(', ');
    expect(
      generateProblems([
        { name: 'Size', values: many },
        { name: 'Colour', values: many },
      ]).message,
    ).toBe('That makes more than 100 variants: use fewer values.');
  });
});

describe('saveProblems', () => {
  const rows = [row(['S', 'Red']), row(['M', 'Blue'])];

  test('lets rows generated from the options as they are be saved', () => {
    expect(saveProblems(sizeAndColour, rows)).toEqual({ errors: {}, message: null });
    expect(saveProblems([], []).message).toBeNull();
  });

  test('stops at a bad cell, then at options without rows, then at rows of other options', () => {
    expect(saveProblems(sizeAndColour, [row(['S', 'Red'], { sku: '' })])).toEqual({
      errors: { 'variants.0.sku': 'Enter a SKU.' },
      message: 'Please correct the highlighted fields.',
    });
    expect(saveProblems(sizeAndColour, []).message).toBe(
      'Generate the variants first, or remove the options to sell the product plain.',
    );
    expect(saveProblems([{ name: 'Size', values: 'S' }], rows).message).toBe(
      'The options have changed: generate the variants again before saving.',
    );
  });
});

describe('placeServerErrors', () => {
  const rows = [row(['S'], { sku: 'TEE-S' }), row(['M'], { sku: 'LAMP-1' })];

  test("puts a 422's problems on their cells", () => {
    const error = new ApiError(422, 'Variants 1 sku: taken twice', {
      'variants.1.sku': 'taken twice',
      'options.0.values.3': 'too long',
    });
    expect(placeServerErrors(error, rows)).toEqual({
      errors: { 'variants.1.sku': 'taken twice', 'options.0.values': 'too long' },
      message: null,
    });
  });

  test('a problem without a cell is shown above the editor', () => {
    const error = new ApiError(422, 'Variants 0 options: not a combination', {
      'variants.0.options': 'not a combination',
    });
    expect(placeServerErrors(error, rows)).toEqual({
      errors: {},
      message: 'Variants 0 options: not a combination',
    });
  });

  test('a 409 lands on the SKU it names', () => {
    const error = new ApiError(409, 'SKU LAMP-1 is already in use');
    expect(placeServerErrors(error, rows)).toEqual({
      errors: { 'variants.1.sku': 'SKU LAMP-1 is already in use' },
      message: null,
    });
  });
});
