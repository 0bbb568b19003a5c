import type { CallbackRequest } from './request-schema.js';

/** One submission: its body, and the key that makes sending it again harmless. */
export interface Submission {
  key: string;
  /** Absolute URL. */
  endpoint: string;
  body: CallbackRequest;
}

export type Outcome =
  | { kind: 'sent'; status: number }
  /** 400, 422 or another 4xx: sending it again would get the same answer. */
  | { kind: 'rejected'; errors: Record<string, string> }
  | { kind: 'rate-limited'; retryAfter?: number }
  /** Network error, timeout or 5xx (with its `Retry-After`, if any): worth sending again later. */
  | { kind: 'failed'; retryAfter?: number };

/** Seconds from a `Retry-After` header: a number of seconds, or an HTTP date (0 once past). */
export function retryAfterSeconds(header: string | null): number | undefined {
  const seconds = Number(header ?? NaN);
  const date = Date.parse(header!);
  return seconds >= 0 ? seconds : date ? Math.max(0, (date - Date.now()) / 1000) : undefined;
}

/**
 * True for an `http:` endpoint on an `https:` page: the browser blocks it as mixed content, on
 * every attempt, so the form refuses it up front. Local addresses are not mixed content.
 */
export function blockedAsMixedContent(endpoint: string, page = location.href): boolean {
  const { protocol, hostname } = new URL(endpoint);
  return page.startsWith('https:') && protocol === 'http:' && !/^(localhost|127\.[\d.]+|\[::1\])$|\.localhost$/.test(hostname);
}

/**
 * A random UUID (v4): the one a blob URL ends with, which every page gets (`crypto.randomUUID`
 * exists only on https pages). The empty blob is kept until the page unloads: a few bytes per
 * submission.
 */
export const newKey = (): string => URL.createObjectURL(new Blob()).slice(-36);

/** One attempt: POSTs the body as JSON and classifies the answer. Never throws. */
async function post({ key, endpoint, body }: Submission, timeout: number): Promise<Outcome> {
  try {
    // `credentials` is fetch's default, "same-origin", as DESIGN.md asks.
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const { status } = response;
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
    if (response.ok) return { kind: 'sent', status };
    if (status === 429) return { kind: 'rate-limited', retryAfter };
    if (status >= 500) return { kind: 'failed', retryAfter };
    // `{ "errors": { "email": "…" } }`: field → message, shown as text. Anything else in the
    // body is ignored.
    const errors: Record<string, string> = {};
    const found: unknown = (await response.json().catch(() => undefined))?.errors;
    for (const [field, message] of Object.entries(found instanceof Object ? found : {})) {
      if (typeof message === 'string') errors[field] = message;
    }
    return { kind: 'rejected', errors };
  } catch {
    return { kind: 'failed' };
  }
}

/** Waits before the 2nd and 3rd attempts: a blip is over in a second, a restarting server in a few. */
const RETRY_DELAYS = [1000, 4000];
/** All attempts and waits fit in this: the visitor is watching a spinner. */
export const RETRY_BUDGET = 15000;

/**
 * Sends a submission: with `retry`, up to three attempts within about 15 seconds while the answer
 * is worth retrying, waiting at least what `Retry-After` asks; otherwise once. Returns the last
 * outcome. The same body and key each time, so a server that got an attempt whose answer was lost
 * recognises the retry.
 */
export async function send(submission: Submission, timeout: number, retry?: boolean): Promise<Outcome> {
  const deadline = Date.now() + RETRY_BUDGET;
  for (let attempt = 0; ; attempt++) {
    const outcome = await post(submission, Math.min(timeout, deadline - Date.now()));
    if (outcome.kind !== 'failed') return outcome;
    const delay = Math.max((retry && RETRY_DELAYS[attempt]) || Infinity, (outcome.retryAfter ?? 0) * 1000);
    // The last attempt keeps at least a second of the budget.
    if (Date.now() + delay > deadline - 1000) return outcome;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
