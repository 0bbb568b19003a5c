import { RETRY_BUDGET, send, type Outcome, type Submission } from './send.js';
import { readJson, writeJson } from '../internal/storage.js';

// For `replay.ts`, which gets this module from the form rather than importing anything (see there).
export { readJson, writeJson };
export { blockedAsMixedContent } from './send.js';

/**
 * The outbox: submissions not yet answered, kept in localStorage so that a request survives a
 * lost connection, a closed tab and a reload. A submission goes in *before* its first attempt
 * (a page closed mid-retry loses nothing) and leaves once the server has answered for good.
 *
 * A stored submission is personal data, so the outbox ends: each entry has its own storage key
 * (two tabs never rewrite each other's), lives 7 days at most, is retried with its own backoff
 * (`next`, `tries`: a failing entry never holds up the others), and at most 10 wait at once.
 * Sending what the outbox holds is a rare path: it lives in `replay.ts`, loaded only when storage
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
export const OUTBOX = 'campus-widgets:callback-outbox';
/** Set when the outbox gave up a request, until a form has told the visitor. No personal data. */
export const UNDELIVERED = 'campus-widgets:callback-undelivered';
/** How long a stored submission may wait: a week, then it is deleted, sent or not. */
const LIFETIME = 7 * 24 * 3600e3;
const MAX_ENTRIES = 10;

export interface Entry extends Submission {
  /** Deleted after this time (ms since the epoch). */
  expires: number;
  /** Not tried again before this time: its backoff, or its form's own attempts. */
  next: number;
  /** Failed attempts from the outbox so far: 0 while its form is still trying it. */
  tries: number;
  /**
   * The answer, once another tab has sent it: the entry's personal data is gone, this is left
   * for the form that shows it, in its own tab (`replay.ts`).
   */
  settled?: Outcome;
}

export const inMemory = new Map<string, Entry>();

const storageKey = (key: string) => `${OUTBOX}:${key}`;

/** Every storage key of the outbox (and the array a version before 0.2 kept under `OUTBOX`). */
export function outboxKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((name) => name.startsWith(OUTBOX));
  } catch {
    return [];
  }
}

/** True when a page load has something to replay or to tell: worth loading `replay.ts`. */
export const hasOutbox = (): unknown => outboxKeys().length || inMemory.size || readJson('localStorage', UNDELIVERED);

export const readEntry = (key: string): Entry | undefined => inMemory.get(key) ?? (readJson('localStorage', storageKey(key)) as Entry | undefined);

/** Stores `entry` under its own key; in memory if storage refuses it (storage may come back: every save tries it first). */
export function saveEntry(entry: Entry, stored = true): void {
  if (stored && writeJson('localStorage', storageKey(entry.key), entry)) inMemory.delete(entry.key);
  else inMemory.set(entry.key, entry);
}

/** False while this submission is kept only in this page's memory. */
export const outboxIsStored = (key?: string): boolean => !inMemory.has(key!);

export const isQueued = (key: string): boolean => !!readEntry(key);

export function dequeue(key: string): void {
  inMemory.delete(key);
  writeJson('localStorage', storageKey(key));
}

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

/** The form on this page showing a queued submission, by key: told its final answer. */
export const settledListeners = new Map<string, (key: string, outcome: Outcome) => unknown>();
