import type { Locale } from '../internal/locale.js';
import { readJson, writeJson } from '../internal/storage.js';
import type { CallbackForm } from './callback-form.js';
import { deliver, dequeue, enqueue, inMemory, OUTBOX, outboxIsStored, outboxKeys, readEntry, saveEntry, settledListeners, UNDELIVERED, type Entry } from './outbox.js';
import { blockedAsMixedContent, type Outcome } from './send.js';

/**
 * Replaying the outbox: sending, on a page load with a form or when the browser comes back
 * online, what earlier pages could not. A rare path, so a module of its own that the form loads
 * with `import()` only when storage holds something (`hasOutbox`).
 *
 * Each entry on its own, all at once: one that keeps failing (a server that answers 500 to that
 * body, a timeout) never delays the others. An entry is tried when its backoff is over — or at
 * once when the browser is back online, unless its form is still trying it —, and deleted when
 * its 7 days are over: the page is told (`campus-submit-error`, reason `undelivered`) and the
 * visitor, who sees the form now, reads that their request could not be sent.
 *
 * The tab that replays may send another tab's request: it then leaves the answer in the entry,
 * without the personal data, for the form of that tab, which hears of it by the `storage` event
 * (or at its own next replay). An answer no form has taken within a minute is deleted; a refusal
 * is then given up.
 */

/** The wait after the first failed replay; it doubles after each (with jitter), up to 6 hours. */
const FIRST_WAIT = 30e3;
const LONGEST_WAIT = 6 * 3600e3;
/** How long an answer waits for its form in another tab. */
const ANSWER_KEPT = 60e3;

/** What the form says to the visitor whose request the outbox gave up. */
const undeliveredNotice: Record<Locale, string> = {
  fr: 'Votre demande précédente n’a pas pu être envoyée. Vous pouvez la refaire.',
  en: 'Your earlier request could not be sent. You can make it again.',
};

const LOCK = 'campus-widgets:callback-replay';

/**
 * Runs `replay` while this tab holds the outbox: one tab replays at a time, the others wait and
 * then find only what is left. Without Web Locks (older browsers, pages on http:) a lease in
 * localStorage stands in: a tab skips its replay while another's lease runs. Two tabs could then
 * still send one entry within the same instant; the Idempotency-Key makes that harmless.
 */
async function holdingOutbox(replay: () => Promise<unknown>, lease: number): Promise<unknown> {
  if (navigator.locks) return navigator.locks.request(LOCK, replay);
  if (Number(readJson('localStorage', LOCK)) > Date.now()) return;
  writeJson('localStorage', LOCK, Date.now() + lease);
  try {
    return await replay();
  } finally {
    writeJson('localStorage', LOCK);
  }
}

/**
 * After a failed attempt: the entry waits its exponential backoff, drawn in the second half of
 * the wait (jitter: the browsers a server outage queued do not all come back in the same second),
 * or the server's `Retry-After` if that is longer.
 */
export function postpone(key: string, retryAfter = 0): void {
  const entry = readEntry(key);
  if (!entry) return;
  const wait = Math.min(FIRST_WAIT * 2 ** entry.tries++, LONGEST_WAIT);
  entry.next = Date.now() + Math.max(wait / 2 + (Math.random() * wait) / 2, retryAfter * 1000);
  saveEntry(entry, outboxIsStored(key));
}

/** Tells the form of this tab that shows `key` its answer; false when there is none. */
function settle(key: string, outcome: Outcome): boolean {
  const owner = settledListeners.get(key);
  if (owner) {
    dequeue(key);
    owner(key, outcome);
  }
  return !!owner;
}

// Another tab has sent a request that a form of this tab shows.
addEventListener('storage', ({ key, newValue }) => {
  const settled = key?.startsWith(`${OUTBOX}:`) && (JSON.parse(newValue!) as Entry | null)?.settled;
  if (settled) settle(key!.slice(OUTBOX.length + 1), settled);
});

/** Deletes an entry the outbox will not send, and tells the page and (by the flag) the visitor. */
function giveUp(form: CallbackForm, key: string): void {
  dequeue(key);
  writeJson('localStorage', UNDELIVERED, true);
  form.emit('campus-submit-error', { reason: 'undelivered', idempotencyKey: key });
}

/** One entry: deleted, left to wait, or tried once. */
async function replayEntry(form: CallbackForm, key: string, online: boolean): Promise<void> {
  const entry = readEntry(key);
  const now = Date.now();
  const expired = !(entry && now < entry.expires);
  if (entry?.settled) {
    if (!settle(key, entry.settled) && expired) {
      if (entry.settled.kind === 'rejected') giveUp(form, key);
      else dequeue(key);
    }
    return;
  }
  // Stored data is input too: an entry that cannot be sent is deleted.
  if (!entry?.endpoint || !entry.body) return dequeue(key);
  if (expired || blockedAsMixedContent(entry.endpoint)) return giveUp(form, key);
  // Online: at once, whatever the backoff — but not while its form is still trying it (`tries` 0).
  if (entry.next > now && !(online && entry.tries)) return;
  const outcome = await deliver(entry, form.timeoutMs);
  if (!outcome) return;
  if (outcome.kind === 'failed' || outcome.kind === 'rate-limited') return postpone(key, outcome.retryAfter);
  // Answered: the form of this tab shows it, or the answer waits a minute for one in another tab.
  if (!settle(key, outcome)) saveEntry({ key, settled: outcome, expires: Date.now() + ANSWER_KEPT } as Entry, outboxIsStored(key));
}

/**
 * Replays the outbox once (`online`: the browser is back, the backoff is skipped). Returns the
 * notice for the visitor when a request was given up since a form last said so.
 */
export async function replayOutbox(form: CallbackForm, online: boolean): Promise<Record<Locale, string> | undefined> {
  await holdingOutbox(async () => {
    // The one array of versions before 0.2: each entry gets a key, a lifetime and a backoff of its own.
    const legacy = readJson('localStorage', OUTBOX);
    if (Array.isArray(legacy)) legacy.forEach((entry) => entry?.key && enqueue(entry, 0));
    writeJson('localStorage', OUTBOX);
    const keys = new Set(inMemory.keys());
    for (const name of outboxKeys()) keys.add(name.slice(OUTBOX.length + 1));
    // An entry that makes the code throw (tampered with) is deleted rather than tried at every load.
    await Promise.all([...keys].map((key) => replayEntry(form, key, online).catch(() => dequeue(key))));
  }, form.timeoutMs + 1000);
  if (!readJson('localStorage', UNDELIVERED)) return;
  writeJson('localStorage', UNDELIVERED);
  return undeliveredNotice;
}
