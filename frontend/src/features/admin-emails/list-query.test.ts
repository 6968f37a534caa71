import { describe, expect, test } from 'vitest';
import { emailListQuery } from '@/features/admin-emails/list-query';

describe('email table URL', () => {
  test('opens on the failed emails; unknown statuses and pages fall back', () => {
    expect(emailListQuery.parse(new URLSearchParams(''))).toEqual({ status: 'failed', page: 1 });
    expect(emailListQuery.parse(new URLSearchParams('status=sent&page=3'))).toEqual({
      status: 'sent',
      page: 3,
    });
    expect(emailListQuery.parse(new URLSearchParams('status=bogus&page=-1'))).toEqual({
      status: 'failed',
      page: 1,
    });
    expect(emailListQuery.serialize({ status: 'failed', page: 1 })).toBe('');
    expect(emailListQuery.serialize({ status: 'pending', page: 2 })).toBe('?status=pending&page=2');
  });
});
