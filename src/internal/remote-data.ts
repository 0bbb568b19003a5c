import type { ReactiveController } from 'lit';
import type { CampusErrorDetail } from '../events.js';
import type { CampusElement } from './campus-element.js';
import { LoadError, loadJson, type ParseJson } from './load-json.js';
import type { Locale } from './locale.js';
import { commonMessages } from './messages.js';

/** `idle`: no endpoint to load from. */
export type RemoteDataStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads, validates and keeps one endpoint's data for an element.
 *
 * Reads the host's `endpoint` and `timeout` at each host update; when they change it aborts the request in
 * flight and starts another, so the render that follows already shows `loading`. Disconnecting
 * aborts too, and reconnecting starts again. Emits `campus-load` with the model or `campus-error`
 * with `{ reason, status?, issues? }` once the element has rendered the outcome, so a listener
 * sees the DOM that goes with the event.
 *
 * Not `@lit/task`: Task costs ~0.6 KB gzip in every element entry, and neither aborts on
 * disconnect nor runs again on reconnect by itself; this is the part of it we need.
 */
export class RemoteData<T> implements ReactiveController {
  // A server (SSR: no `document`) loads nothing and renders the loading placeholder; the browser
  // loads. Not lit's `isServer`: a value import of lit here would pull lit into the CDN build's
  // `campus-data` chunk, which the form does not otherwise load.
  status: RemoteDataStatus = typeof document == 'object' ? 'idle' : 'loading';
  /** The model, while `status` is `ready`. */
  value?: T;
  /** Why loading failed, while `status` is `error`. */
  error?: CampusErrorDetail;

  /** `endpoint` and `timeout` of the load last started; `undefined` forces a new one. */
  private started?: string;
  private controller?: AbortController;

  /**
   * `parse` makes the model from the body (see {@link ParseJson}). Give a function declared once,
   * not a closure made per element: elements passing the same one share the model of a response.
   */
  constructor(private readonly host: CampusElement, private readonly parse: ParseJson<T>) {
    host.addController(this);
  }

  /** The host's state while it has no data to show: `loading`, or `error` (no endpoint counts). */
  get pendingState(): 'loading' | 'error' | undefined {
    return this.status === 'ready' ? undefined : this.status === 'loading' ? 'loading' : 'error';
  }

  /** Why there is no data to show, in the visitor's words; nothing while loading. */
  pendingMessage(locale: Locale): string | undefined {
    return this.status === 'loading' ? undefined : commonMessages[locale][this.status === 'idle' ? 'misconfigured' : 'unavailable'];
  }

  hostUpdate(): void {
    const key = `${this.host.endpoint}\n${this.host.timeout}`;
    if (key !== this.started) {
      this.started = key;
      void this.load();
    }
  }

  hostConnected(): void {
    if (this.started === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.status === 'loading') {
      this.controller?.abort();
      this.started = undefined; // load again on reconnect
    }
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    this.value = this.error = undefined;
    const url = this.endpointUrl(this.host.endpoint);
    if (!url) {
      this.status = 'idle';
      return;
    }
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    let outcome: () => boolean;
    try {
      const value = (this.value = await loadJson(url.href, { signal: controller.signal, timeout: this.host.timeoutMs, parse: this.parse }));
      this.status = 'ready';
      outcome = () => this.host.emit('campus-load', value);
    } catch (error) {
      if (controller.signal.aborted) return; // superseded or disconnected: nobody is waiting
      const detail = (this.error = errorDetail(error));
      this.status = 'error';
      outcome = () => this.host.emit('campus-error', detail);
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    outcome();
  }

  private endpointUrl(endpoint: string | null | undefined): URL | undefined {
    try {
      if (endpoint?.trim()) return new URL(endpoint, document.baseURI);
    } catch {
      // warned below
    }
    this.host.warnMissingOrInvalid('endpoint', 'nothing');
    return undefined;
  }
}

/** A LoadError as the `campus-error` detail; anything else thrown while parsing is a bad payload. */
function errorDetail(error: unknown): CampusErrorDetail {
  const { reason, status, issues } = error instanceof LoadError ? error : new LoadError('invalid-response');
  // Only the fields that are set: the detail is plain data for analytics and logs.
  return JSON.parse(JSON.stringify({ reason, status, issues })) as CampusErrorDetail;
}
