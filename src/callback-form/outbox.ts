import { send, type Outcome, type Submission } from './send.js';
import { readJson, writeJson } from '../internal/storage.js';

/**
 * The outbox: submissions not yet answered, kept in localStorage so that a request survives a
 * lost connection, a closed tab and a reload. A submission goes in *before* its first attempt
 * (a page closed mid-retry loses nothing) and leaves once the server has answered for good.
 *
 * Nothing is sent twice: a page sends a submission only while it holds it (`deliver`), and a
 * queued one only while it is still in the outbox, so a submission another form or tab has just
 * delivered is not sent again. The Idempotency-Key covers what no client can see: two tabs that
 * try the same entry at the same instant, or an attempt that reached the server but whose answer
 * was lost.
 *
 * Where storage throws, the outbox lives in memory: the request is sent while the page stays
 * open, and `enqueue` says it could not be kept beyond that.
 */
const STORAGE_KEY = 'campus-widgets:callback-outbox';

let inMemory: Submission[] | undefined;

function queued(): Submission[] {
  const entries = inMemory ?? readJson('localStorage', STORAGE_KEY);
  // Stored data is input too: keep only entries that can be sent.
  return Array.isArray(entries) ? entries.filter((entry: Partial<Submission>) => entry?.key && entry.endpoint && entry.body) : [];
}

function save(entries: Submission[]): void {
  // Storage may come back (quota freed): every save tries it first.
  inMemory = writeJson('localStorage', STORAGE_KEY, entries) ? undefined : entries;
}

/** False while storage refuses the outbox: what it holds lasts only while the page is open. */
export const outboxIsStored = (): boolean => !inMemory;

export const isQueued = (key: string): boolean => queued().some((entry) => entry.key === key);

export const dequeue = (key: string): void => save(queued().filter((entry) => entry.key !== key));

/** Adds a submission (kept only in this page's memory while storage refuses it: `outboxIsStored`). */
export const enqueue = (submission: Submission): void => save([...queued(), submission]);

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

/** Told when a queued submission gets its final answer: the forms on the page, each for its own. */
export const settledListeners = new Set<(key: string, outcome: Outcome) => void>();

/**
 * Sends what the outbox holds, oldest first, one attempt each. Stops at the first that still
 * fails: the connection is down, the next `online` event or page load will try again.
 */
export async function flushOutbox(timeout: number): Promise<void> {
  for (const entry of queued()) {
    const outcome = await deliver(entry, timeout);
    if (outcome?.kind === 'failed' || outcome?.kind === 'rate-limited') return;
    if (!outcome) continue;
    dequeue(entry.key);
    settledListeners.forEach((listener) => listener(entry.key, outcome));
  }
}
