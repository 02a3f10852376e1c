import { describe, expect, it } from 'vitest';
import { initialTheme, rememberTheme } from '../../../src/app/theme';

const memory = () => {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
};
const refusing = {
  getItem: () => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('denied');
  },
};

describe('the theme', () => {
  it('follows the OS until one is chosen, then keeps the choice', () => {
    const storage = memory();
    expect(initialTheme(storage, true)).toBe('dark');
    expect(initialTheme(storage, false)).toBe('light');
    rememberTheme('dark', storage);
    expect(initialTheme(storage, false)).toBe('dark');
  });

  it('falls back to the OS when storage is refused', () => {
    expect(() => rememberTheme('dark', refusing)).not.toThrow();
    expect(initialTheme(refusing, true)).toBe('dark');
  });
});
