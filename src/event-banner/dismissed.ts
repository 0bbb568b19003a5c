import { readJson, writeJson } from '../internal/storage.js';

/**
 * The events a visitor closed, remembered in localStorage by event id. Storage may be missing or
 * throw (private mode, blocked storage, a full quota): then nothing is remembered and the banner
 * stays closed for this page view only.
 */
const key = (id: string) => `campus-widgets:event-banner:dismissed:${id}`;

export const isDismissed = (id: string): boolean => readJson('localStorage', key(id)) != null;

export const rememberDismissed = (id: string): void => void writeJson('localStorage', key(id), 1);
