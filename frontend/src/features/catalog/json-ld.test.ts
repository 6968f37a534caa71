import { describe, expect, test } from 'vitest';
import { serializeJsonLd } from '@/features/catalog/json-ld';

describe('serializeJsonLd', () => {
  test('a name holding markup cannot close the script tag, and reads back unchanged', () => {
    const name = '</script><script>alert(1)</script> "><img src=x onerror=alert(1)> <!--';
    const text = serializeJsonLd({ '@type': 'Product', name });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ '@type': 'Product', name });
  });
});
