/**
 * The events a visitor closed, remembered in localStorage by event id. Storage may be missing or
 * throw (private mode, blocked storage, a full quota): then nothing is remembered and the banner
 * stays closed for this page view only.
 */
const key = (id: string) => `campus-widgets:event-banner:dismissed:${id}`;

export function isDismissed(id: string): boolean {
  try {
    return localStorage.getItem(key(id)) !== null;
  } catch {
    return false;
  }
}

export function rememberDismissed(id: string): void {
  try {
    localStorage.setItem(key(id), '1');
  } catch {
    // Not remembered: closed for this page view only.
  }
}
