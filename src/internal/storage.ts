/**
 * JSON in Web Storage that never throws: private modes, full quotas and blocked storage make
 * `localStorage` throw on access or on write. Reading then gives `undefined`; writing says whether
 * it worked, so the form can tell the visitor what it could not keep.
 */
export type StorageArea = 'localStorage' | 'sessionStorage';

/** The value stored under `key`; `null` when there is none (`JSON.parse(null)`). */
export function readJson(area: StorageArea, key: string): unknown {
  try {
    return JSON.parse(window[area].getItem(key)!);
  } catch {
    return undefined;
  }
}

/** Writes `value`, or removes the key when there is none. */
export function writeJson(area: StorageArea, key: string, value?: unknown): boolean {
  try {
    if (value === undefined) window[area].removeItem(key);
    else window[area].setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
