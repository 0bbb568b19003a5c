import { readJson, writeJson } from '../internal/storage.js';
import type { Outcome, Submission } from './send.js';

/**
 * The part of the outbox (see `outbox.ts`) that a page needs before anything is submitted: what
 * it holds, whether a submission is still in it, and which form waits for which answer. Putting
 * submissions in and sending them (`outbox.ts`) loads with the submit pipeline, on first use.
 */
export const OUTBOX = 'campus-widgets:callback-outbox';
/** Set when the outbox gave up a request, until a form has told the visitor. No personal data. */
export const UNDELIVERED = 'campus-widgets:callback-undelivered';

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

/** The form on this page showing a queued submission, by key: told its final answer. */
export const settledListeners = new Map<string, (key: string, outcome: Outcome) => unknown>();
