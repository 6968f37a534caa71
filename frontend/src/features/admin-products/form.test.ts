import { describe, expect, test } from 'vitest';
import {
  changedProductFields,
  moneyError,
  productFormValues,
  stockError,
  toProductInput,
  type ProductFormValues,
} from '@/features/admin-products/form';
import type { AdminProduct } from '@/features/admin-products/types';

const product: AdminProduct = {
  id: 7,
  name: 'Canvas Tote',
  slug: 'canvas-tote',
  description: 'Sturdy.',
  price_cents: 2450,
  compare_at_price_cents: null,
  cost_per_item_cents: 910,
  stock_quantity: 12,
  sku: 'TOTE-1',
  image_url: '/uploads/tote.png',
  images: [],
  is_active: true,
  is_featured: false,
  category_id: 3,
  category: { id: 3, name: 'Bags', slug: 'bags' },
  has_variants: false,
  created_at: '2026-11-25T10:00:00Z',
  updated_at: '2026-11-25T10:00:00Z',
};

function values(overrides: Partial<ProductFormValues> = {}): ProductFormValues {
  return { ...productFormValues(null), ...overrides };
}

describe('productFormValues', () => {
  test('shows money with two decimals and ids as text', () => {
    const form = productFormValues(product);
    expect(form.price).toBe('24.50');
    expect(form.cost_per_item).toBe('9.10');
    expect(form.compare_at_price).toBe('');
    expect(form.category_id).toBe('3');
    expect(form.stock_quantity).toBe('12');
  });

  test('a new product starts active, not featured, with no stock', () => {
    expect(values()).toMatchObject({ is_active: true, is_featured: false, stock_quantity: '0' });
  });
});

describe('toProductInput', () => {
  test('turns typed text into the API body, exact to the cent', () => {
    const input = toProductInput(
      values({
        name: ' Lamp ',
        price: '19.9',
        compare_at_price: '25',
        cost_per_item: '',
        stock_quantity: ' 4 ',
        sku: 'LAMP-1',
        category_id: '2',
        description: '  ',
      }),
    );
    expect(input).toEqual({
      name: 'Lamp',
      description: null,
      price: 19.9,
      compare_at_price: 25,
      cost_per_item: null,
      stock_quantity: 4,
      sku: 'LAMP-1',
      image_url: null,
      is_active: true,
      is_featured: false,
      category_id: 2,
    });
    expect(JSON.stringify({ price: input.price })).toBe('{"price":19.9}');
  });

  test('leaves out an empty slug so the API makes one', () => {
    expect(toProductInput(values({ name: 'A', price: '1', sku: 'A' }))).not.toHaveProperty('slug');
    expect(toProductInput(values({ slug: 'my-lamp' })).slug).toBe('my-lamp');
  });
});

describe('changedProductFields', () => {
  test('sends only what changed', () => {
    const initial = productFormValues(product);
    expect(changedProductFields({ ...initial, stock_quantity: '11' }, initial)).toEqual({
      stock_quantity: 11,
    });
    expect(changedProductFields({ ...initial, price: '24.5' }, initial)).toEqual({});
  });

  test('sends null to clear an optional field', () => {
    const initial = productFormValues(product);
    expect(
      changedProductFields({ ...initial, cost_per_item: '', category_id: '' }, initial),
    ).toEqual({
      cost_per_item: null,
      category_id: null,
    });
  });
});

describe('field rules', () => {
  test('money: required or optional, never negative or with three decimals', () => {
    expect(moneyError('', true)).toBe('Enter a price.');
    expect(moneyError('', false)).toBe(true);
    expect(moneyError('12.345', false)).not.toBe(true);
    expect(moneyError('-1', false)).not.toBe(true);
    expect(moneyError('0.99', true)).toBe(true);
  });

  test('stock: a whole number', () => {
    expect(stockError('0')).toBe(true);
    expect(stockError('3.5')).not.toBe(true);
    expect(stockError('-2')).not.toBe(true);
  });
});
