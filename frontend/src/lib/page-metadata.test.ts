import { describe, expect, test } from 'vitest';
import { unindexedPage } from '@/lib/page-metadata';

describe('unindexedPage', () => {
  test('titles the page and keeps it out of search indexes', () => {
    expect(unindexedPage('Your orders')).toEqual({
      title: 'Your orders',
      robots: { index: false },
    });
  });
});
