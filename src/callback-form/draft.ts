import { readJson, writeJson } from '../internal/storage.js';
import type { FormValues } from './fields.js';
import { isQueued } from './outbox.js';

/**
 * The draft: what the visitor typed, kept in this tab's sessionStorage so that a reload, or a
 * look at the privacy policy in the same tab, loses nothing. It is personal data on what may be
 * a library or family computer, so it forgets: after 30 minutes without a keystroke, once its
 * request is sent or has left the outbox, and as soon as the visitor empties the form. Consent
 * is never kept: the visitor ticks it again.
 */
export const DRAFT_LIFETIME = 30 * 60e3;

export interface Draft {
  values: FormValues;
  /** The submission that waits in the outbox for this draft, if any. */
  pendingKey?: string;
  /** When the visitor last typed (ms since the epoch). */
  at: number;
}

const PREFIX = 'campus-widgets:callback-draft:';

/** Deletes the draft of form `id`. */
export const deleteDraft = (id: string): unknown => writeJson('sessionStorage', PREFIX + id);

/** The draft of form `id`, if it is still wanted: younger than 30 minutes, and its request (if any) still in the outbox. */
function wanted(id: string): Draft | undefined {
  const draft = readJson('sessionStorage', PREFIX + id) as Draft | undefined;
  if (draft?.values && draft.at > Date.now() - DRAFT_LIFETIME && (!draft.pendingKey || isQueued(draft.pendingKey))) return draft;
  deleteDraft(id);
}

/**
 * The draft of form `id`, if it is still wanted. Every draft of this tab that is not is deleted,
 * those of forms this page does not show too: a form met once leaves nothing behind.
 */
export function readDraft(id: string): Draft | undefined {
  try {
    for (const name of Object.keys(sessionStorage)) if (name.startsWith(PREFIX)) wanted(name.slice(PREFIX.length));
  } catch {
    // Storage blocked: there is no draft.
  }
  return wanted(id);
}

/** Keeps what the visitor typed, without consent and the honeypot; deletes the draft of an emptied form. False when storage refused it. */
export function saveDraft(id: string, values: FormValues, pendingKey?: string): boolean {
  const kept: FormValues = { ...values, consent: undefined, website: undefined };
  const filled = !!pendingKey || Object.values(kept).some((value) => value?.trim());
  return writeJson('sessionStorage', PREFIX + id, filled ? { values: kept, pendingKey, at: Date.now() } : undefined);
}
