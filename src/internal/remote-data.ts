import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { CampusErrorDetail } from '../events.js';
import type { CampusElement } from './campus-element.js';
import { DEFAULT_TIMEOUT, LoadError, isAbortError, loadJson } from './load-json.js';

export interface RemoteDataOptions<T> {
  /** The `endpoint` attribute as written (absolute or page-relative). */
  endpoint: () => string | null | undefined;
  /** The `timeout` attribute as written. */
  timeout: () => string | null | undefined;
  /**
   * Turns the JSON body into the element's model; throws a {@link LoadError}
   * (`invalid-response`, with the issues) when the payload is of no known shape.
   * `base` is the endpoint's absolute URL, for resolving relative links in the payload.
   */
  parse: (json: unknown, base: URL) => T;
}

/** `idle`: no endpoint to load from. */
export type RemoteDataStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads, validates and keeps one endpoint's data for an element, on `@lit/task`.
 *
 * A change of `endpoint` or `timeout` aborts the request in flight and starts another.
 * Disconnecting aborts too (Task does not), and reconnecting starts again.
 * Emits `campus-load` with the model or `campus-error` with `{ reason, status?, issues? }` once
 * the element has rendered the outcome, so a listener sees the DOM that goes with the event.
 */
export class RemoteData<T> implements ReactiveController {
  private readonly task: Task<[string | null | undefined, string | null | undefined], T>;
  private abortedByDisconnect = false;

  constructor(private readonly host: CampusElement, options: RemoteDataOptions<T>) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [options.endpoint(), options.timeout()],
      task: async ([endpoint, timeout], { signal }) => {
        const url = this.endpointUrl(endpoint);
        if (!url) return initialState;
        const json = await loadJson(url.href, { signal, timeout: this.timeoutMs(timeout) });
        try {
          return options.parse(json, url);
        } catch (error) {
          throw error instanceof LoadError ? error : new LoadError('invalid-response');
        }
      },
      onComplete: (value) => {
        void host.updateComplete.then(() => host.emit('campus-load', value));
      },
      onError: (error) => {
        if (isAbortError(error)) return;
        const detail = errorDetail(error);
        void host.updateComplete.then(() => host.emit('campus-error', detail));
      },
    });
  }

  get status(): RemoteDataStatus {
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return 'idle';
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.COMPLETE:
        return 'ready';
      default:
        return isAbortError(this.task.error) ? 'loading' : 'error';
    }
  }

  /** The model, once `status` is `ready`. */
  get value(): T | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Why loading failed, once `status` is `error`. */
  get error(): CampusErrorDetail | undefined {
    return this.status === 'error' ? errorDetail(this.task.error) : undefined;
  }

  /** Loads again (a retry button, or a page that knows the data changed). */
  reload(): void {
    void this.task.run();
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  private endpointUrl(endpoint: string | null | undefined): URL | undefined {
    if (!endpoint?.trim()) {
      this.host.warnOnce('endpoint', 'missing; set it to the URL of the API to read from.');
      return undefined;
    }
    try {
      return new URL(endpoint, document.baseURI);
    } catch {
      this.host.warnOnce('endpoint', `"${endpoint}" is not a URL.`);
      return undefined;
    }
  }

  private timeoutMs(timeout: string | null | undefined): number {
    if (timeout == null) return DEFAULT_TIMEOUT;
    const ms = Number(timeout);
    if (Number.isFinite(ms) && ms > 0) return ms;
    this.host.warnOnce('timeout', `"${timeout}" is not a positive number of milliseconds; using ${DEFAULT_TIMEOUT}.`);
    return DEFAULT_TIMEOUT;
  }
}

function errorDetail(error: unknown): CampusErrorDetail {
  const failure = error instanceof LoadError ? error : new LoadError('invalid-response');
  return {
    reason: failure.reason,
    ...(failure.status !== undefined && { status: failure.status }),
    ...(failure.issues && { issues: failure.issues }),
  };
}
