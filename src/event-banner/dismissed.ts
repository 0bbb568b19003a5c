/**
 * The events a visitor closed, remembered in localStorage by event id. Storage may be missing or
 * throw (private mode, blocked cookies, a full quota): then nothing is remembered and the banner
 * is only closed for this page view.
 */
const KEY = 'campus-widgets:event-banner:dismissed';
/** Enough for years of open days; older ids fall off. */
const LIMIT = 50;

export function readDismissed(): Set<string> {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberDismissed(id: string): void {
  try {
    const ids = [...readDismissed()].filter((known) => known !== id);
    localStorage.setItem(KEY, JSON.stringify([...ids, id].slice(-LIMIT)));
  } catch {
    // Not remembered: closed for this page view only.
  }
}
