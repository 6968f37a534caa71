import { describe, expect, test, vi } from 'vitest';
import { partOrFallback } from '@/lib/server-api';

describe('partOrFallback', () => {
  test('is what the read resolves to', async () => {
    expect(await partOrFallback(Promise.resolve([1, 2]), [], 'related products')).toEqual([1, 2]);
  });

  test('is the fallback, with the failure logged, when the read fails', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await partOrFallback(Promise.reject(new Error('down')), null, 'the rating')).toBeNull();
    expect(logged).toHaveBeenCalledWith('the rating left out of the page', expect.any(Error));
    logged.mockRestore();
  });
});
