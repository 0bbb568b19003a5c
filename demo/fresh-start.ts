/**
 * Runs before the elements are defined. The gallery must show the same states on every load, so
 * the page forgets what the widgets stored last time: a dismissed banner, a form draft, a queued
 * request that the form would otherwise send again on load (to an endpoint that fails on purpose).
 * Only the widgets' keys go; the 360 px preview shares this storage and leaves it alone.
 */

export const isPreview = new URLSearchParams(location.search).has('preview');

/** The widgets prefix every key they store (banner dismissals, form drafts, the form's outbox). */
const WIDGET_KEY_PREFIX = 'campus-widgets:';

function forgetWidgetKeys(storage: Storage): void {
  for (const key of Object.keys(storage)) {
    if (key.startsWith(WIDGET_KEY_PREFIX)) storage.removeItem(key);
  }
}

if (!isPreview) {
  try {
    forgetWidgetKeys(localStorage);
    forgetWidgetKeys(sessionStorage);
  } catch {
    // Storage blocked (private mode, sandbox): the widgets cope without it, so does the demo.
  }
}
