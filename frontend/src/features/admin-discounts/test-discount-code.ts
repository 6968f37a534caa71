// Test helper of the back office's discount codes: a code as the API sends it (decimal money).
export function wireDiscountCode(overrides: Record<string, unknown> = {}) {
  return {
    id: 4,
    code: 'SAVE10',
    kind: 'percentage',
    value: 10,
    min_subtotal: 20,
    starts_at: null,
    ends_at: '2026-12-31T23:00:00Z',
    usage_limit: 100,
    once_per_customer: true,
    is_active: true,
    times_used: 3,
    discount_total: 12.34,
    created_at: '2026-12-01T10:00:00Z',
    updated_at: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}
