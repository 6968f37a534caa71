// Unit tests run in Node; the stores and the API client only need a browser's localStorage and
// location, which this file provides in memory. Each test starts signed out.
import { beforeEach } from 'vitest';
import { tokenStorage } from '@/lib/token-storage';

class MemoryStorage implements Storage {
  private readonly values = new Map<string, string>();
  get length(): number {
    return this.values.size;
  }
  clear(): void {
    this.values.clear();
  }
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.values.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
  setItem(key: string, value: string): void {
    this.values.set(key, String(value));
  }
}

const localStorage = new MemoryStorage();
Object.defineProperty(globalThis, 'window', {
  value: { localStorage, location: { pathname: '/', search: '', assign: () => undefined } },
  configurable: true,
});
Object.defineProperty(globalThis, 'localStorage', { value: localStorage, configurable: true });

beforeEach(() => {
  localStorage.clear();
  tokenStorage.clear();
});
