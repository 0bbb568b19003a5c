/**
 * JSON in Web Storage that never throws: private modes, full quotas and blocked storage make
 * `localStorage` throw on access or on write. Reading gives `undefined`; writing says whether
 * it worked, so the form can tell the visitor what it could not keep.
 */
export type StorageArea = 'localStorage' | 'sessionStorage';

export function readJson(area: StorageArea, key: string): unknown {
  try {
    const raw = window[area].getItem(key);
    return raw === null ? undefined : JSON.parse(raw);
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
