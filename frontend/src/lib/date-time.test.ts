import { describe, expect, test } from 'vitest';
import { formatDateTime } from '@/lib/date-time';

describe('formatDateTime', () => {
  test("shows a timestamp's date and time in the reader's time zone", () => {
    const iso = '2026-12-07T12:30:00Z';
    const expected = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
    expect(formatDateTime(iso)).toBe(expected);
    expect(formatDateTime(iso)).toMatch(/^Dec \d{1,2}, 2026, \d{1,2}:\d{2}\s[AP]M$/);
  });

  test('leaves text that is no date as it is', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
