/**
 * A remembered setting in the browser's storage. Private browsing or a full quota may refuse
 * storage: reading then gives null and writing does nothing, so a choice lasts for the visit.
 */
export function readSetting(
  key: string,
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeSetting(
  key: string,
  value: string,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(key, value);
  } catch {
    // Refused: the choice is simply not remembered.
  }
}
