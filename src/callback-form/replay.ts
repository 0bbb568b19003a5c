import type { Locale } from '../internal/locale.js';
import type { CallbackForm } from './callback-form.js';
import type * as Outbox from './outbox.js';
import type { Entry } from './outbox.js';
import type { Outcome } from './send.js';

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
 *
 * The form hands this module the outbox module (`outbox`) rather than this module importing it:
 * a module both the page's entry and a lazy chunk import becomes a third file, which costs every
 * page that has the form about 250 bytes of gzip.
 */
let outbox: typeof Outbox;

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
  if (Number(outbox.readJson('localStorage', LOCK)) > Date.now()) return;
  outbox.writeJson('localStorage', LOCK, Date.now() + lease);
  try {
    return await replay();
  } finally {
    outbox.writeJson('localStorage', LOCK);
  }
}

/**
 * After a failed attempt: the entry waits its exponential backoff, drawn in the second half of
 * the wait (jitter: the browsers a server outage queued do not all come back in the same second),
 * or the server's `Retry-After` if that is longer.
 */
function backOff(key: string, retryAfter = 0): void {
  const entry = outbox.readEntry(key);
  if (!entry) return;
  const wait = Math.min(FIRST_WAIT * 2 ** entry.tries++, LONGEST_WAIT);
  entry.next = Date.now() + Math.max(wait / 2 + (Math.random() * wait) / 2, retryAfter * 1000);
  outbox.saveEntry(entry, outbox.outboxIsStored(key));
}

/** Tells the form of this tab that shows `key` its answer; false when there is none. */
function settle(key: string, outcome: Outcome): boolean {
  const owner = outbox.settledListeners.get(key);
  if (owner) {
    outbox.dequeue(key);
    owner(key, outcome);
  }
  return !!owner;
}

/** Takes the outbox module from the form; the first time, starts listening to other tabs. */
function use(module: typeof Outbox): void {
  // Another tab has sent a request that a form of this tab shows.
  if (!outbox) {
    addEventListener('storage', ({ key, newValue }) => {
      const settled = key?.startsWith(`${outbox.OUTBOX}:`) && (JSON.parse(newValue!) as Entry | null)?.settled;
      if (settled) settle(key!.slice(outbox.OUTBOX.length + 1), settled);
    });
  }
  outbox = module;
}

/** `backOff` for the form, whose own attempts have just failed: its submission is now queued. */
export function postpone(module: typeof Outbox, key: string, retryAfter?: number): void {
  use(module);
  backOff(key, retryAfter);
}

/** Deletes an entry the outbox will not send, and tells the page and (by the flag) the visitor. */
function giveUp(form: CallbackForm, key: string): void {
  outbox.dequeue(key);
  outbox.writeJson('localStorage', outbox.UNDELIVERED, true);
  form.emit('campus-submit-error', { reason: 'undelivered', idempotencyKey: key });
}

/** One entry: deleted, left to wait, or tried once. */
async function replayEntry(form: CallbackForm, key: string, online: boolean): Promise<void> {
  const entry = outbox.readEntry(key);
  const now = Date.now();
  const expired = !(entry && now < entry.expires);
  if (entry?.settled) {
    if (!settle(key, entry.settled) && expired) {
      if (entry.settled.kind === 'rejected') giveUp(form, key);
      else outbox.dequeue(key);
    }
    return;
  }
  // Stored data is input too: an entry that cannot be sent is deleted.
  if (!entry?.endpoint || !entry.body) return outbox.dequeue(key);
  if (expired || outbox.blockedAsMixedContent(entry.endpoint)) return giveUp(form, key);
  // Online: at once, whatever the backoff — but not while its form is still trying it (`tries` 0).
  if (entry.next > now && !(online && entry.tries)) return;
  const outcome = await outbox.deliver(entry, form.timeoutMs);
  if (!outcome) return;
  if (outcome.kind === 'failed' || outcome.kind === 'rate-limited') return backOff(key, outcome.retryAfter);
  // Answered: the form of this tab shows it, or the answer waits a minute for one in another tab.
  if (!settle(key, outcome)) outbox.saveEntry({ key, settled: outcome, expires: Date.now() + ANSWER_KEPT } as Entry, outbox.outboxIsStored(key));
}

/**
 * Replays the outbox once (`online`: the browser is back, the backoff is skipped). Returns the
 * notice for the visitor when a request was given up since a form last said so.
 */
export async function replayOutbox(module: typeof Outbox, form: CallbackForm, online: boolean): Promise<Record<Locale, string> | undefined> {
  use(module);
  await holdingOutbox(async () => {
    // The one array of versions before 0.2: each entry gets a key, a lifetime and a backoff of its own.
    const legacy = outbox.readJson('localStorage', outbox.OUTBOX);
    if (Array.isArray(legacy)) legacy.forEach((entry) => entry?.key && outbox.enqueue(entry, 0));
    outbox.writeJson('localStorage', outbox.OUTBOX);
    const keys = new Set(outbox.inMemory.keys());
    for (const name of outbox.outboxKeys()) keys.add(name.slice(outbox.OUTBOX.length + 1));
    // An entry that makes the code throw (tampered with) is deleted rather than tried at every load.
    await Promise.all([...keys].map((key) => replayEntry(form, key, online).catch(() => outbox.dequeue(key))));
  }, form.timeoutMs + 1000);
  if (!outbox.readJson('localStorage', outbox.UNDELIVERED)) return;
  outbox.writeJson('localStorage', outbox.UNDELIVERED);
  return undeliveredNotice;
}
