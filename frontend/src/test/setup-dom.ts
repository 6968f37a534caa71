// Component tests run in jsdom: Testing Library's matchers (toBeInTheDocument …), a fresh DOM after
// each test, and each test starts signed out.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { tokenStorage } from '@/lib/token-storage';

beforeEach(() => {
  window.localStorage.clear();
  tokenStorage.clear();
});

afterEach(() => {
  cleanup();
});
