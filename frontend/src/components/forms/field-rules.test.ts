// The validation rules several forms share: what each accepts and the message it gives.
import { describe, expect, test } from 'vitest';
import { notBlank, slugPattern } from '@/components/forms/field-rules';

describe('notBlank', () => {
  test('rejects an empty or blank value with its message', () => {
    expect(notBlank('Enter a name.')('')).toBe('Enter a name.');
    expect(notBlank('Enter a name.')('  \t')).toBe('Enter a name.');
  });

  test('accepts a value with text in it', () => {
    expect(notBlank('Enter a name.')(' Shoes ')).toBe(true);
  });
});

describe('slugPattern', () => {
  test('accepts lower-case words joined by single hyphens, and an empty slug', () => {
    for (const slug of ['shoes', 'running-shoes-2', '', '  trail  ']) {
      expect(slugPattern.value.test(slug)).toBe(true);
    }
  });

  test('rejects capitals, double or edge hyphens and other characters', () => {
    for (const slug of ['Shoes', 'running--shoes', '-shoes', 'shoes-', 'sh_oes', 'chaussé']) {
      expect(slugPattern.value.test(slug)).toBe(false);
    }
  });
});
