import { post, type Outcome, type Submission } from './send.js';
import { readJson, writeJson } from './storage.js';

/**
 * The outbox: submissions not yet answered, kept in localStorage so that a request survives a
 * lost connection, a closed tab and a reload. A submission goes in *before* its first attempt
 * (a page closed mid-retry loses nothing) and leaves once the server has answered for good.
 *
 * Nothing is sent twice: a submission is only ever sent while holding its lock — a Web Lock
 * shared by every tab of the site, and an in-page set where Web Locks are missing — and the
 * outbox is read again once the lock is held, so a submission another form or tab has just
 * delivered is not sent again. The Idempotency-Key covers what no client can see (an attempt
 * that reached the server but whose answer was lost).
 *
 * Where storage throws, the outbox lives in memory: the request is sent while the page stays
 * open, and `enqueue` says it could not be kept beyond that.
 */
const STORAGE_KEY = 'campus-widgets:callback-outbox';

let inMemory: Submission[] | undefined;

export function queued(): Submission[] {
  const entries = inMemory ?? readJson('localStorage', STORAGE_KEY);
  // Stored data is input too: keep only entries that can be sent.
  return Array.isArray(entries) ? entries.filter((entry: Partial<Submission>) => typeof entry?.key === 'string' && typeof entry.endpoint === 'string' && entry.body) : [];
}

function save(entries: Submission[]): boolean {
  // Storage may come back (quota freed): every save tries it first.
  inMemory = writeJson('localStorage', STORAGE_KEY, entries.length ? entries : undefined) ? undefined : entries;
  return !inMemory;
}

/** Adds a submission; false when it is kept only in this page's memory. */
export const enqueue = (submission: Submission): boolean => save([...queued().filter((entry) => entry.key !== submission.key), submission]);

export const dequeue = (key: string): boolean => save(queued().filter((entry) => entry.key !== key));

export const isQueued = (key: string): boolean => queued().some((entry) => entry.key === key);

const held = new Set<string>();

/** Runs `send` unless this submission is being sent already, here or in another tab. */
export async function exclusively(key: string, send: () => Promise<Outcome | undefined>): Promise<Outcome | undefined> {
  if (held.has(key)) return undefined;
  held.add(key);
  try {
    if (!navigator.locks) return await send();
    return await navigator.locks.request(`campus-callback:${key}`, { ifAvailable: true }, (lock) => (lock ? send() : undefined));
  } finally {
    held.delete(key);
  }
}

export interface SettledDetail {
  key: string;
  outcome: Outcome;
}

/** Tells the forms on the page that a queued submission got its final answer (`settled`). */
export const outboxEvents = new EventTarget();

/**
 * Sends what the outbox holds, oldest first, one attempt each. Stops at the first that still
 * fails: the connection is down, the next `online` event or page load will try again.
 */
export async function flushOutbox(timeout: number): Promise<void> {
  if (!navigator.onLine) return;
  for (const { key, endpoint, body } of queued()) {
    const outcome = await exclusively(key, async () => (isQueued(key) ? post({ key, endpoint, body }, timeout) : undefined));
    if (outcome?.kind === 'failed' || outcome?.kind === 'rate-limited') return;
    if (!outcome) continue;
    dequeue(key);
    outboxEvents.dispatchEvent(new CustomEvent<SettledDetail>('settled', { detail: { key, outcome } }));
  }
}
