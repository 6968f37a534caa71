import { describe, expect, test } from 'vitest';
import { MAX_IMAGE_BYTES, imageFileProblem } from '@/features/admin-products/image-rules';

describe('imageFileProblem', () => {
  test('accepts the four image types up to 5 MB', () => {
    expect(imageFileProblem({ type: 'image/png', size: 1000 })).toBeNull();
    expect(imageFileProblem({ type: 'image/webp', size: MAX_IMAGE_BYTES })).toBeNull();
  });

  test('refuses other types, empty and oversized files', () => {
    expect(imageFileProblem({ type: 'image/svg+xml', size: 10 })).toMatch(/JPEG, PNG/);
    expect(imageFileProblem({ type: 'image/jpeg', size: MAX_IMAGE_BYTES + 1 })).toMatch(/5 MB/);
    expect(imageFileProblem({ type: 'image/gif', size: 0 })).toMatch(/empty/);
  });
});
