import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { CampusEventDetails, CampusEventName } from '../events.js';
import { followLangChanges, resolveLocale, type Locale } from './locale.js';

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
  /** Milliseconds before a request gives up: a whole number from 1000 to 60000 (default 8000). */
  declare timeout: string | null;

  private stopFollowingLang?: () => void;
  private readonly warned = new Set<string>();

  /** `fr` or `en`: the element's `lang`, else the closest ancestor's, else `fr`. */
  get locale(): Locale {
    return resolveLocale(this);
  }

  /**
   * Markup rendered on a server (`@lit-labs/ssr`: a declarative shadow root) is the first paint
   * only: the element renders afresh over it rather than hydrating, since the server sees no
   * light DOM (fallback, `<option>`s), no storage and no clock, and could never match.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowingLang = followLangChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingLang?.();
  }

  /**
   * `timeout` in whole milliseconds from 1000 to 60000; anything else (`Infinity`, `3000000000`,
   * which would overflow `setTimeout` and time out at once) gets one warning and 8000.
   */
  get timeoutMs(): number {
    const ms = Number(this.timeout ?? DEFAULT_TIMEOUT);
    if (Number.isInteger(ms) && ms >= 1000 && ms <= 60000) return ms;
    this.warnInvalid('timeout', `${DEFAULT_TIMEOUT} (milliseconds)`);
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

  /** One warning that the attribute's value is not valid and `fallback` is used instead. */
  warnInvalid(attribute: string, fallback: unknown): void {
    this.warnOnce(attribute, `"${this.getAttribute(attribute)}" is not valid; using ${fallback}.`);
  }

  /** One warning for a required attribute that is missing, or not valid (`fallback` is used). */
  warnMissingOrInvalid(attribute: string, fallback: unknown): void {
    if (this.hasAttribute(attribute)) this.warnInvalid(attribute, fallback);
    else this.warnOnce(attribute, 'missing.');
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
    return this.childElementCount > 0 || !!this.textContent?.trim();
  }

  /**
   * What shows in place of the data: the author's fallback if there is one (already laid out, it
   * stays put while loading); else `message` (why there is nothing to show: never a stack trace,
   * raw JSON or half a card); else, while loading, an empty block of the element's usual height
   * (`--_placeholder-height`), so the page does not jump when the data arrives.
   */
  protected renderFallback(message?: string): TemplateResult {
    if (this.hasFallback) return html`<slot></slot>`;
    return message ? html`<p class="message" part="message">${message}</p>` : html`<div class="placeholder" part="placeholder"></div>`;
  }
}

/** Built outside the class, so the manifest analyzer does not list an event named `name`. */
function campusEvent(name: string, detail: unknown, cancelable: boolean): CustomEvent {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}
