import type { Locale } from '../internal/locale.js';
import type { EventStatus } from './schema.js';

/**
 * Events that are not simply scheduled — postponed, rescheduled, moved online, cancelled — and
 * what the banner says of them. Rare: most payloads name no status (or `EventScheduled`).
 */

const STATUSES = ['postponed', 'rescheduled', 'moved-online', 'cancelled'] as const;

/** `https://schema.org/EventMovedOnline`, `EventCancelled`, `moved-online`… → one status. */
export function statusOf(value = ''): EventStatus | 'cancelled' {
  const word = value.replace(/[-_\s]/g, '').toLowerCase();
  return STATUSES.find((status) => word.endsWith(status.replace('-', ''))) ?? 'scheduled';
}

/**
 * The label shown before the date of an event that is not simply scheduled, and what stands in
 * place of a postponed event's date.
 */
export const statusLabels: Record<Locale, Partial<Record<EventStatus | 'toBeConfirmed', string>>> = {
  fr: { postponed: 'Reporté', rescheduled: 'Nouvelle date', 'moved-online': 'Désormais en ligne', toBeConfirmed: 'Date à confirmer' },
  en: { postponed: 'Postponed', rescheduled: 'New date', 'moved-online': 'Now online', toBeConfirmed: 'Date to be confirmed' },
};
