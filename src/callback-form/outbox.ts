import { RETRY_BUDGET, send, type Outcome, type Submission } from './send.js';
import { isQueued, outboxKeys, saveEntry } from './outbox-store.js';

// For `replay.ts`, which gets this module from the form rather than importing anything (see there).
export * from './outbox-store.js';
export { readJson, writeJson } from '../internal/storage.js';
export { blockedAsMixedContent } from './mixed-content.js';

/**
 * The outbox: submissions not yet answered, kept in localStorage so that a request survives a
 * lost connection, a closed tab and a reload. A submission goes in *before* its first attempt
 * (a page closed mid-retry loses nothing) and leaves once the server has answered for good.
 *
 * A stored submission is personal data, so the outbox ends: each entry has its own storage key
 * (two tabs never rewrite each other's), lives 7 days at most, is retried with its own backoff
 * (`next`, `tries`: a failing entry never holds up the others), and at most 10 wait at once.
 * What the form needs to render is in `outbox-store.ts`; this module comes with the submit
 * pipeline (`pipeline.ts`), loaded on first use. Sending what the outbox holds is a rare path: it lives in `replay.ts`, loaded only when storage
 * holds something (`hasOutbox`).
 *
 * Nothing is sent twice: a page sends a submission only while it holds it (`deliver`), and a
 * queued one only while it is still in the outbox; one tab replays at a time (`replay.ts`). The
 * Idempotency-Key covers what no client can see: an attempt that reached the server but whose
 * answer was lost.
 *
 * Where storage throws, or 10 entries already wait, an entry lives in this page's memory: it is
 * sent while the page stays open, and `outboxIsStored` says it could not be kept beyond that.
 */
/** How long a stored submission may wait: a week, then it is deleted, sent or not. */
const LIFETIME = 7 * 24 * 3600e3;
const MAX_ENTRIES = 10;

/**
 * Adds a submission; `busyFor` ms are left to its form's own attempts before a replay may try it.
 * An 11th is kept only in this page's memory (`outboxIsStored`), and the visitor told so.
 */
export function enqueue(submission: Submission, busyFor = RETRY_BUDGET): void {
  const now = Date.now();
  saveEntry({ ...submission, expires: now + LIFETIME, next: now + busyFor, tries: 0 }, outboxKeys().length < MAX_ENTRIES);
}

/** The submissions this page is sending now. */
const sending = new Set<string>();

/**
 * Sends a queued submission: a new one with retries, or once from the outbox — unless this page
 * is sending it already, or it has left the outbox since (another form or tab has just delivered
 * it): `undefined` then.
 */
export async function deliver(submission: Submission, timeout: number, retry?: boolean): Promise<Outcome | undefined> {
  const { key } = submission;
  if (sending.has(key) || (!retry && !isQueued(key))) return undefined;
  sending.add(key);
  try {
    return await send(submission, timeout, retry);
  } finally {
    sending.delete(key);
  }
}

