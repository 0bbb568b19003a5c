/**
 * The `campus-*` events. All bubble and cross shadow roots (composed), so one listener on
 * `document` sees every widget on the page; the prefix keeps them clear of native event names.
 * Listed in `GlobalEventHandlersEventMap`, so `addEventListener('campus-load', e => e.detail…)`
 * is typed.
 */
import type { LoadFailureReason } from './internal/load-json.js';
import type { ValidationIssue } from './internal/zod.js';

export interface CampusErrorDetail {
  reason: LoadFailureReason;
  /** The HTTP status, for `reason: "http"`. */
  status?: number;
  /** What failed validation, for a payload of the wrong shape. */
  issues?: ValidationIssue[];
}

export interface CampusSubmitErrorDetail {
  reason: 'invalid' | 'rejected' | 'rate-limited';
  fieldErrors?: Record<string, string>;
  /** Seconds to wait, for `rate-limited`. */
  retryAfter?: number;
}

/** Event name → its `detail`. */
export interface CampusEventDetails {
  /** Data loaded and validated (banner, card): the parsed model. */
  'campus-load': unknown;
  'campus-error': CampusErrorDetail;
  'campus-cta-click': { eventId: string; url: string };
  'campus-countdown-end': { eventId: string };
  'campus-dismiss': { eventId: string };
  /** Cancelable; the detail is the request body about to be sent. */
  'campus-submit': Record<string, unknown>;
  'campus-submit-success': { idempotencyKey: string; status: number };
  'campus-submit-queued': { idempotencyKey: string };
  'campus-submit-error': CampusSubmitErrorDetail;
  'campus-article-open': { id: string; url: string };
}

export type CampusEventName = keyof CampusEventDetails;

export type CampusEventMap = { [K in CampusEventName]: CustomEvent<CampusEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends CampusEventMap {}
}
