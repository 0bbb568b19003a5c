/**
 * The events a visitor closed, remembered in localStorage by event id. Storage may be missing or
 * throw (private mode, blocked storage, a full quota): then nothing is remembered and the banner
 * stays closed for this page view only.
 */
const key = (id: string) => `campus-widgets:event-banner:dismissed:${id}`;

/** What `use` returns, or `undefined` when storage is missing or throws. */
function withStorage<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(localStorage);
  } catch {
    return undefined;
  }
}

export const isDismissed = (id: string): boolean => withStorage((storage) => storage.getItem(key(id))) != null;

export const rememberDismissed = (id: string): void => withStorage((storage) => storage.setItem(key(id), '1'));
