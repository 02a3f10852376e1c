import type { ThemeName } from '../theme/tokens';
import { readSetting, writeSetting } from '../platform/storage';

const KEY = 'atlas.theme';

/** The theme chosen before, else the one the OS asks for. */
export function initialTheme(
  storage?: Pick<Storage, 'getItem'>,
  prefersDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
): ThemeName {
  const stored = readSetting(KEY, storage);
  if (stored === 'light' || stored === 'dark') return stored;
  return prefersDark ? 'dark' : 'light';
}

export const rememberTheme = (theme: ThemeName, storage?: Pick<Storage, 'setItem'>) =>
  writeSetting(KEY, theme, storage);
