import { describe, expect, test } from 'vitest';
import type { User } from '@/features/account/types';
import { describeChange, lockReason, userListQuery } from '@/features/admin-users/rules';

const ada: User = {
  id: 4,
  email: 'ada@example.com',
  full_name: 'Ada Lovelace',
  role: 'customer',
  is_active: true,
  is_verified: true,
  created_at: '2026-11-25T10:00:00Z',
  updated_at: '2026-11-25T10:00:00Z',
};

describe('lockReason', () => {
  test('locks the signed-in admin’s own row only', () => {
    expect(lockReason(ada, 4)).toMatch(/own role/);
    expect(lockReason(ada, 1)).toBeNull();
    expect(lockReason(ada, null)).toBeNull();
  });
});

describe('user table URL', () => {
  test('round-trips search and page', () => {
    const query = { search: 'ada', page: 2 };
    expect(userListQuery.parse(new URLSearchParams(userListQuery.serialize(query)))).toEqual(query);
    expect(userListQuery.parse(new URLSearchParams('page=abc'))).toEqual({
      search: undefined,
      page: 1,
    });
  });
});

describe('describeChange', () => {
  test('says what happened in words', () => {
    expect(describeChange(ada, { role: 'admin' })).toBe('Ada Lovelace is now an admin.');
    expect(describeChange(ada, { is_active: false })).toMatch(/deactivated/);
    expect(describeChange(ada, { is_active: true })).toMatch(/sign in again/);
  });
});
