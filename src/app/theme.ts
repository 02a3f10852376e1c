import type { ThemeName } from '../theme/tokens';

const KEY = 'atlas.theme';

/** The theme chosen before, else the one the OS asks for. */
export function initialTheme(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
  prefersDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
): ThemeName {
  let stored: string | null;
  try {
    stored = storage?.getItem(KEY) ?? null;
  } catch {
    stored = null;
  }
  if (stored === 'light' || stored === 'dark') return stored;
  return prefersDark ? 'dark' : 'light';
}

export function rememberTheme(
  theme: ThemeName,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(KEY, theme);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for the visit only.
  }
}
