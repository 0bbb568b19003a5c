/**
 * The `campus-*` events. All bubble and cross shadow roots (composed), so one listener on
 * `document` sees every widget on the page; the prefix keeps them clear of native event names.
 * Listed in `GlobalEventHandlersEventMap`, so `addEventListener('campus-load', e => e.detail…)`
 * is typed.
 */
import type { CallbackRequest } from './callback-form/request-schema.js';
import type { LoadFailureReason, ValidationIssue } from './internal/load-json.js';

export interface CampusErrorDetail {
  reason: LoadFailureReason;
  /** The HTTP status, for `reason: "http"`. */
  status?: number;
  /** What failed validation, for a payload of the wrong shape. */
  issues?: ValidationIssue[];
}

export interface CampusSubmitErrorDetail {
  /**
   * `invalid`: the form found problems before sending; `rejected`: the server refused the request
   * (400/422 or another 4xx), or the form has no `endpoint`; `rate-limited`: 429.
   */
  reason: 'invalid' | 'rejected' | 'rate-limited';
  /** Field → message: the form's own for `invalid`, the server's `errors` for `rejected`. */
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
  'campus-submit': CallbackRequest;
  'campus-submit-success': { idempotencyKey: string; status: number };
  /** `persisted: false`: storage is unavailable, the request is kept only while the page is open. */
  'campus-submit-queued': { idempotencyKey: string; persisted: boolean };
  'campus-submit-error': CampusSubmitErrorDetail;
  /** `<callback-form mode="dialog">`: its dialog opened; no detail. */
  'campus-dialog-open': null;
  /** `<callback-form mode="dialog">`: its dialog closed (close button, Escape or `close()`); no detail. */
  'campus-dialog-close': null;
  'campus-article-open': { id: string; url: string };
}

export type CampusEventName = keyof CampusEventDetails;

export type CampusEventMap = { [K in CampusEventName]: CustomEvent<CampusEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends CampusEventMap {}
}
