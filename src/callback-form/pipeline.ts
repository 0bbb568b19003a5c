import type { CampusSubmitErrorDetail } from '../events.js';
import type { Locale } from '../internal/locale.js';
import type { Errors } from './fields.js';
import { callbackFormMessages } from './messages.js';
import { problemMessages } from './problem-messages.js';
import type { Outcome } from './send.js';

/**
 * The submit pipeline: what the form first needs when the visitor submits — checking the request
 * with the server's schema (`request.ts`, zod, the phone normalizer), putting it in the outbox,
 * sending it with retries, and wording the server's refusals. Nothing of it is needed to render:
 * before the first submit, leaving a field shows no error ("reward early, punish late"). So it is
 * a chunk of its own, loaded with `import()` as soon as the visitor starts filling the form (or
 * when a restored draft or a stored outbox needs it), usually long before the click.
 *
 * It also carries the whole outbox API, which `replay.ts` gets from the form (see there).
 */
export * from './outbox.js';
export { checkRequest } from './request.js';
export { newKey } from './send.js';

/** The errors to show and the `campus-submit-error` detail for a refusal: 400/422 or 429. */
export function refusal(outcome: Extract<Outcome, { kind: 'rejected' | 'rate-limited' }>, locale: Locale): [Errors, CampusSubmitErrorDetail] {
  const m = callbackFormMessages[locale];
  if (outcome.kind === 'rate-limited') {
    const { retryAfter } = outcome;
    // In whole minutes, at least one; without a Retry-After, the general "try again later".
    const message = retryAfter === undefined
      ? m.unavailable
      : problemMessages[locale].rateLimited((Math.ceil(retryAfter / 60) || 1).toLocaleString(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }));
    return [{ rateLimited: message }, { reason: 'rate-limited', retryAfter }];
  }
  // The server's own words: on the fields it names, the rest in the summary, or a general
  // message when it gave none.
  const fieldErrors = outcome.errors;
  const some = Object.keys(fieldErrors).length > 0;
  return [some ? fieldErrors : { rejected: m.unavailable }, { reason: 'rejected', ...(some && { fieldErrors }) }];
}
