import { describe, expect, test } from 'vitest';
import {
  ORDER_STATUSES,
  canMoveTo,
  nextStatuses,
  transitionLabel,
} from '@/features/admin-orders/status';

describe('order status transitions offered to admins', () => {
  test('follow the workflow of API.md', () => {
    expect(nextStatuses('pending')).toEqual(['processing', 'cancelled']);
    expect(nextStatuses('processing')).toEqual(['shipped', 'cancelled']);
    expect(nextStatuses('shipped')).toEqual(['delivered']);
  });

  test('end at delivered and cancelled', () => {
    expect(nextStatuses('delivered')).toEqual([]);
    expect(nextStatuses('cancelled')).toEqual([]);
  });

  test('never skip a step, go back, or cancel what has shipped', () => {
    expect(canMoveTo('pending', 'shipped')).toBe(false);
    expect(canMoveTo('shipped', 'processing')).toBe(false);
    expect(canMoveTo('shipped', 'cancelled')).toBe(false);
    expect(canMoveTo('delivered', 'cancelled')).toBe(false);
    for (const status of ORDER_STATUSES) expect(canMoveTo(status, status)).toBe(false);
  });

  test('label the buttons by what they do', () => {
    expect(transitionLabel('shipped')).toBe('Mark as shipped');
    expect(transitionLabel('cancelled')).toBe('Cancel order');
  });
});
