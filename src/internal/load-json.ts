import type * as z from './zod.js';

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

/**
 * Turns a JSON body into a model; `url` is the endpoint's, for resolving relative links. May be
 * async (a rare entity table to load first). Throws a {@link LoadError} for a payload of no use.
 */
export type ParseJson<T> = (json: unknown, url: URL) => T | Promise<T>;

interface SharedRequest {
  readonly body: Promise<unknown>;
  readonly controller: AbortController;
  users: number;
  /**
   * The models made of this response, by the function that made them: six cards reading one
   * list of 10,000 articles parse it once, not six times.
   */
  readonly models: Map<ParseJson<unknown>, Promise<unknown>>;
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

export interface LoadJsonOptions<T = unknown> {
  /** Aborts this caller's interest. The request itself is aborted when its last caller leaves. */
  signal?: AbortSignal;
  /** Milliseconds; the first caller of a shared request sets it. */
  timeout: number;
  /** Makes the model from the body, once per response for every caller that passes this same function. */
  parse?: ParseJson<T>;
}

/**
 * GETs `url` and parses its body as JSON.
 *
 * Callers asking for the same URL while a request is on the wire share it: a page with six
 * article cards on one list endpoint makes one request. Each caller may abort on its own; the
 * request is aborted only when no caller is left. Fails with a {@link LoadError} (`network`,
 * `timeout`, `http` with the status, `invalid-response` for a body that is not JSON), or with the
 * caller's own AbortError when the caller aborted. With `parse`, resolves with the model, made
 * once per response and shared by every caller that passes the same function.
 */
export function loadJson<T = unknown>(url: string, { signal, timeout, parse }: LoadJsonOptions<T>): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);

  let request = inFlight.get(url);
  if (!request) {
    const controller = new AbortController();
    const created: SharedRequest = {
      controller,
      users: 0,
      models: new Map(),
      body: requestJson(url, controller, timeout).finally(() => {
        if (inFlight.get(url) === created) inFlight.delete(url);
      }),
    };
    inFlight.set(url, (request = created));
  }
  const shared = request;
  shared.users++;
  let result = shared.body;
  if (parse) {
    result = shared.models.get(parse) ?? shared.body.then((json) => parse(json, new URL(url)));
    shared.models.set(parse, result);
  }

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
    result.then(resolve as (value: unknown) => void, reject).finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

/**
 * Validates a payload (or, at `path`, a part of one): the parsed data, or a
 * `LoadError('invalid-response')` carrying the issues as `{ path: "events.0.startsAt", message }` (the element shows its fallback; the `campus-error`
 * event tells the developer what was wrong).
 */
export function parsePayload<S extends z.Schema>(schema: S, json: unknown, path: PropertyKey[] = []): z.infer<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data as z.infer<S>;
  throw new LoadError(
    'invalid-response',
    undefined,
    result.error.issues.map((issue) => ({ path: [...path, ...issue.path].join('.'), message: issue.message })),
  );
}

/** Endpoints already warned about for invalid items: one warning per endpoint. */
const warnedEndpoints = new Set<string>();

/**
 * The items of a list that `schema` accepts, in order: a tolerant reader, as browsers, feed
 * readers and WordPress themes are. An invalid item (a post without a title) is left out and the
 * others render; one console warning per endpoint names each left-out item's path in the payload
 * (`path` + its index: `items.3.title`) and why. A list with items but none valid is of no use:
 * `LoadError('invalid-response')` with the issues.
 */
export function parseItems<S extends z.Schema>(schema: S, items: readonly unknown[], path: string, endpoint: URL): z.infer<S>[] {
  const issues: ValidationIssue[] = [];
  const valid = items.flatMap((item, index) => {
    try {
      return [parsePayload(schema, item, [path + index])];
    } catch (error) {
      issues.push(...(error as LoadError).issues!);
      return [];
    }
  });
  if (issues.length) {
    if (!valid.length) throw new LoadError('invalid-response', undefined, issues);
    if (!warnedEndpoints.has(endpoint.href)) {
      warnedEndpoints.add(endpoint.href);
      console.warn(`campus-widgets: ${endpoint.href}: invalid items left out: ${issues.map((issue) => `${issue.path} ${issue.message}`).join(', ')}`);
    }
  }
  return valid;
}
