import type { z } from './zod.js';

export type LoadFailureReason = 'network' | 'timeout' | 'http' | 'invalid-response';

/** Why data could not be used. Its fields are exactly the `campus-error` event's detail. */
/** One validation problem, in a form that is safe to put in an event detail or a log. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export class LoadError extends Error {
  override readonly name = 'LoadError';

  constructor(
    readonly reason: LoadFailureReason,
    readonly status?: number,
    readonly issues?: ValidationIssue[],
  ) {
    super(reason);
  }
}

interface SharedRequest {
  readonly body: Promise<unknown>;
  readonly controller: AbortController;
  users: number;
}

/** Requests still on the wire, by absolute URL. Settled ones leave at once: this is no cache. */
const inFlight = new Map<string, SharedRequest>();

const TIMED_OUT = Symbol('timed out');

async function requestJson(url: string, controller: AbortController, timeout: number): Promise<unknown> {
  const timer = setTimeout(() => controller.abort(TIMED_OUT), timeout);
  let failing: LoadFailureReason = 'network';
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new LoadError('http', response.status);
    failing = 'invalid-response';
    return await response.json();
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (controller.signal.reason === TIMED_OUT) throw new LoadError('timeout');
    // Aborted because every caller left: the AbortError goes to nobody.
    throw controller.signal.aborted ? error : new LoadError(failing);
  } finally {
    clearTimeout(timer);
  }
}

export interface LoadJsonOptions {
  /** Aborts this caller's interest. The request itself is aborted when its last caller leaves. */
  signal?: AbortSignal;
  /** Milliseconds; the first caller of a shared request sets it. */
  timeout: number;
}

/**
 * GETs `url` and parses its body as JSON.
 *
 * Callers asking for the same URL while a request is on the wire share it: a page with six
 * article cards on one list endpoint makes one request. Each caller may abort on its own; the
 * request is aborted only when no caller is left. Fails with a {@link LoadError} (`network`,
 * `timeout`, `http` with the status, `invalid-response` for a body that is not JSON), or with the
 * caller's own AbortError when the caller aborted.
 */
export function loadJson(url: string, { signal, timeout }: LoadJsonOptions): Promise<unknown> {
  if (signal?.aborted) return Promise.reject(signal.reason);

  let request = inFlight.get(url);
  if (!request) {
    const controller = new AbortController();
    const created: SharedRequest = {
      controller,
      users: 0,
      body: requestJson(url, controller, timeout).finally(() => {
        if (inFlight.get(url) === created) inFlight.delete(url);
      }),
    };
    inFlight.set(url, (request = created));
  }
  const shared = request;
  shared.users++;

  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      // The last caller still waiting on a request in flight takes it down with it.
      if (!--shared.users && inFlight.get(url) === shared) {
        inFlight.delete(url);
        shared.controller.abort();
      }
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.body.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

/**
 * Validates a payload: the parsed data, or a `LoadError('invalid-response')` carrying the issues
 * as `{ path: "events.0.startsAt", message }` (the element shows its fallback; the `campus-error`
 * event tells the developer what was wrong).
 */
export function parsePayload<T>(schema: z.ZodMiniType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new LoadError(
    'invalid-response',
    undefined,
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}
