import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { CampusEventDetails, CampusEventName } from '../events.js';
import { LocaleController, type Locale } from './locale.js';

const DEFAULT_TIMEOUT = 8000;

/** The host's `state` attribute: what a page's CSS and tests can rely on. */
export type CampusState =
  | 'loading' | 'ready' | 'error' | 'empty'            // data elements
  | 'live' | 'ended'                                   // event-banner
  | 'submitting' | 'success' | 'queued';               // callback-form

/**
 * What every campus element shares: the reflected `state`, the resolved `locale`, typed
 * `campus-*` events, one console warning per misconfigured attribute, the light-DOM fallback,
 * and `define()` that tolerates a tag already taken.
 */
export abstract class CampusElement extends LitElement {
  /** The tag `define()` uses when given none. */
  static tagName: string;

  static override properties = {
    state: { reflect: true },
    endpoint: {},
    timeout: {},
  };

  /** Reflected to the `state` attribute; set by the element itself. */
  declare state: CampusState;
  /** The API's URL, absolute or relative to the page. Changing it loads again (banner, card). */
  declare endpoint: string | null;
  /** Milliseconds before a request gives up (default 8000). */
  declare timeout: string | null;

  private readonly localeController = new LocaleController(this);
  private readonly warned = new Set<string>();

  /** `fr` or `en`: the element's `lang`, else the closest ancestor's, else `fr`. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** `timeout` in milliseconds; a value that is not a positive number gets one warning and 8000. */
  get timeoutMs(): number {
    const ms = Number(this.timeout ?? DEFAULT_TIMEOUT);
    if (ms > 0) return ms;
    this.warnOnce('timeout', `"${this.timeout}" is not a positive number of milliseconds; using ${DEFAULT_TIMEOUT}.`);
    return DEFAULT_TIMEOUT;
  }

  /**
   * Registers the element under `tag` (default: its own tag name) in `registry`. A tag that is
   * already defined — a second copy of the library on the page — is left as it is. The same
   * class under a second name is registered as a subclass, as the registry requires.
   */
  static define(tag: string = this.tagName, registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    const element = this as unknown as CustomElementConstructor;
    registry.define(tag, registry.getName?.(element) ? class extends element {} : element);
  }

  /**
   * Tells the page's developer once — per element and attribute — that an attribute is wrong
   * and what was done instead. Never throws: the host page keeps working.
   */
  warnOnce(attribute: string, problem: string): void {
    if (this.warned.has(attribute)) return;
    this.warned.add(attribute);
    console.warn(`<${this.localName}> ${attribute}: ${problem}`);
  }

  /** Dispatches a bubbling, composed `campus-*` event; returns false if a listener cancelled it. */
  emit<K extends CampusEventName>(name: K, detail: CampusEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(campusEvent(name, detail, options.cancelable ?? false));
  }

  /**
   * The state this render shows. Elements derive it here rather than in `willUpdate`: this runs
   * after the controllers' `hostUpdate`, where a data task that just started reports `pending`,
   * so the attribute never flashes a stale value.
   */
  protected currentState(): CampusState {
    return this.state;
  }

  protected override update(changed: PropertyValues): void {
    this.state = this.currentState();
    super.update(changed);
  }

  /** True when the author put content in the element: the no-JS and error fallback. */
  protected get hasFallback(): boolean {
    for (const node of this.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) return true;
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return true;
    }
    return false;
  }

  /**
   * The author's fallback if there is one, else a short localized message. Used on error;
   * never a stack trace, raw JSON or half a card.
   */
  protected renderFallback(message: string): TemplateResult {
    return this.hasFallback ? html`<slot></slot>` : html`<p class="message" part="message">${message}</p>`;
  }

  /**
   * While loading: the fallback, already laid out, stays where it is; without one, an empty
   * block of the element's usual height (`--_placeholder-height`) holds the space, so the page
   * does not jump when the data arrives.
   */
  protected renderLoading(): TemplateResult {
    return this.hasFallback ? html`<slot></slot>` : html`<div class="placeholder" part="placeholder"></div>`;
  }
}

/** Built outside the class, so the manifest analyzer does not list an event named `name`. */
function campusEvent(name: string, detail: unknown, cancelable: boolean): CustomEvent {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}
