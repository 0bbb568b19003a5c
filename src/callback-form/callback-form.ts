import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CampusSubmitErrorDetail } from '../events.js';
import { CampusElement } from '../internal/campus-element.js';
import { hostStyles } from '../internal/host-styles.js';
import { DEFAULT_TIMEOUT } from '../internal/load-json.js';
import { safeUrl } from '../internal/safe-url.js';
import { styles } from './callback-form.styles.js';
import { callbackFormMessages, type CallbackFormMessages } from './messages.js';
import { dequeue, enqueue, exclusively, flushOutbox, isQueued, outboxEvents, type SettledDetail } from './outbox.js';
import { emptyValues, FIELD_NAMES, isOptional, OPTIONAL_FIELDS, SLOTS, type FieldErrors, type FieldName, type FormValues, type OptionalField } from './fields.js';
import type { CallbackRequest } from './request-schema.js';
import { newKey, sendWithRetries, type Outcome } from './send.js';
import { readJson, writeJson } from './storage.js';

const DEFAULT_FIELDS: readonly OptionalField[] = ['programme', 'message'];
/** Sooner than this after the form appeared, a submission is probably not a person's. */
const MIN_FILL_TIME = 3000;

/**
 * The form's checks — zod, the request schema, the phone normalizer: most of the form's weight —
 * load when the visitor first turns to a form rather than with the page, since most visitors
 * never do. A load that fails (offline) is tried again at the next use.
 */
let checks: Promise<typeof import('./request.js')> | undefined;
const loadChecks = () =>
  (checks ??= import('./request.js').catch((error: unknown) => {
    checks = undefined;
    throw error;
  }));

/**
 * Asks for first name, last name, email, phone (French or international, sent in E.164), the
 * optional fields chosen with `fields`, and consent. Checks them with the server's own schema on
 * blur and on submit; a failed submit shows an error summary that takes focus. Sends JSON with an
 * `Idempotency-Key`; a network error, a timeout or a 5xx is retried (3 attempts within about
 * 15 s), then the request waits in a localStorage outbox and goes when the browser is back online
 * or on the next page load with a form. What the visitor typed is kept in sessionStorage until it
 * is sent. A honeypot and a 3-second minimum fill time only mark `context.suspectedBot`.
 *
 * @tagname callback-form
 * @summary "Une question ? Nous vous rappelons": a call-back request form that never loses or
 * duplicates a visitor's request.
 *
 * @fires campus-submit - Cancelable. Detail: the request body about to be sent. Cancel it to send the request yourself.
 * @fires campus-submit-success - The server accepted the request (2xx). Detail: `{ idempotencyKey, status }`.
 * @fires campus-submit-queued - The server could not be reached; the request waits in the outbox. Detail: `{ idempotencyKey, persisted }`.
 * @fires campus-submit-error - The visitor must fix something. Detail: `{ reason: "invalid" | "rejected" | "rate-limited", fieldErrors?, retryAfter? }`.
 *
 * @slot - `<option value="…">label</option>` elements: the programme choices. Anything else is the
 *   fallback shown before the script runs, hidden once the form renders.
 * @slot heading - The heading's text (default "Une question ? Nous vous rappelons").
 * @slot intro - A paragraph under the heading (none by default).
 * @slot submit - The submit button's text (default "Être recontacté").
 * @slot success - What the visitor reads once the request is sent.
 *
 * @csspart heading - The `<h2>`.
 * @csspart form - The `<form>`.
 * @csspart field - Each field's wrapper: label, hint, error and control.
 * @csspart label - Each `<label>`.
 * @csspart input - Every form control: `<input>`, `<select>`, `<textarea>`, the consent checkbox.
 * @csspart error - A field's error message.
 * @csspart summary - The error summary shown after a failed submit; takes focus.
 * @csspart submit - The submit `<button>`.
 * @csspart success - The confirmation once the request is sent; takes focus.
 * @csspart queued - The notice while the request waits for the connection; takes focus.
 *
 * @cssprop --campus-color-primary - Submit button background, checkbox.
 * @cssprop --campus-color-on-primary - Submit button text.
 * @cssprop --campus-color-surface - Card and input background.
 * @cssprop --campus-color-text - Text.
 * @cssprop --campus-color-muted - Hints and input borders.
 * @cssprop --campus-color-danger - Errors and the error summary.
 * @cssprop --campus-color-focus - Focus ring.
 * @cssprop --campus-font-family - Font (default `inherit`; inputs and button too).
 * @cssprop --campus-radius - Corner radius.
 * @cssprop --campus-space - Spacing unit.
 */
export class CallbackForm extends CampusElement {
  static override tagName = 'callback-form';
  static override styles = [hostStyles, styles];
  static override properties = {
    ...CampusElement.properties,
    endpoint: {},
    privacyUrl: { attribute: 'privacy-url' },
    source: {},
    fields: {},
    timeout: {},
    datalayer: { type: Boolean },
    values: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    queuedInMemory: { state: true, attribute: false },
    draftLost: { state: true, attribute: false },
  };

  /** Where the request is POSTed: an absolute or page-relative URL. */
  declare endpoint: string | null;
  /** The privacy policy that the consent sentence links to. */
  declare privacyUrl: string | null;
  /** A free label sent along as `context.source` (which block, which campaign). */
  declare source: string | null;
  /** The optional fields to show, comma-separated, from `programme,slot,message`. Default `programme,message`. */
  declare fields: string | null;
  /** Milliseconds before an attempt gives up. Default 8000. */
  declare timeout: string | null;
  /** Also push `{ event: "campus_callback_success" }` to `window.dataLayer` (no personal data). */
  declare datalayer: boolean;

  declare private values: FormValues;
  declare private errors: FieldErrors;
  /** What the summary lists besides field errors: a rate limit, a refusal. */
  declare private problems: string[];
  declare private queuedInMemory: boolean;
  declare private draftLost: boolean;

  private shown = DEFAULT_FIELDS;
  /** The submission on its way, or waiting in the outbox. */
  private pendingKey: string | undefined;
  /** The submit lock: set before the first await, so a double click or double Enter sends once. */
  private busy = false;
  private startedAt = 0;
  private restored = false;
  /** A pointer is down on the form: a click is under way. */
  private pointerDown = false;

  constructor() {
    super();
    this.state = 'ready';
    this.values = emptyValues();
    this.errors = {};
    this.problems = [];
    this.queuedInMemory = false;
    this.draftLost = false;
    this.datalayer = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    outboxEvents.addEventListener('settled', this.onSettled);
    addEventListener('online', this.flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    outboxEvents.removeEventListener('settled', this.onSettled);
    removeEventListener('online', this.flush);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fields')) this.shown = this.parseFields();
    if (!this.hasUpdated) {
      // At the first render rather than on connect: frameworks set attributes just after appending.
      this.startedAt = Date.now();
      this.restoreDraft();
      if (!this.endpoint) this.warnOnce('endpoint', 'missing: nowhere to send requests.');
      if (!this.privacyUrl) this.warnOnce('privacy-url', 'missing: the consent sentence cannot link the privacy policy.');
    }
  }

  protected override firstUpdated(): void {
    // The next page load: whatever an earlier page could not send goes now.
    this.flush();
  }

  override render(): TemplateResult {
    const m = callbackFormMessages[this.locale];
    const { state } = this;
    return html`<div class="card">
      <h2 id="heading" part="heading"><slot name="heading">${m.heading}</slot></h2>
      <slot name="intro"></slot>
      <slot hidden @slotchange=${() => this.requestUpdate()}></slot>
      ${state === 'success' || state === 'queued'
        ? html`<p class="box" part=${state} tabindex="-1" role="status">${state === 'success'
            ? html`<slot name="success">${m.sent}</slot>`
            : this.queuedInMemory ? m.queuedInMemory : m.queued}</p>`
        : this.renderForm(m)}
    </div>`;
  }

  private renderForm(m: CallbackFormMessages): TemplateResult {
    const programmes = [...this.querySelectorAll('option')].map((option) => [option.value, option.label]);
    const [before, link, after] = m.consent;
    const privacy = this.privacyHref;
    const shows = (name: OptionalField) => this.shown.includes(name);
    const { state } = this;
    const field = (name: FieldName, control: TemplateResult, hint?: string) => html`
      <div part="field" class="field ${this.errors[name] ? 'invalid' : ''}">
        <label part="label" for=${name}>${m.labels[name]}${isOptional(name) ? ` ${m.optional}` : ''}</label>
        ${hint ? html`<p class="hint" id="hint">${hint}</p>` : nothing}
        ${this.renderError(m, name)}
        ${control}
      </div>`;
    return html`
      ${this.renderSummary(m)}
      <form part="form" novalidate aria-labelledby="heading" @submit=${this.onSubmit} @input=${this.onInput}
        @focusin=${() => loadChecks().catch(() => {})} @focusout=${this.onFocusOut} @pointerdown=${this.onPointerDown}>
        <div class="grid">
          ${field('firstName', this.renderInput('firstName', 'text', 'given-name'))}
          ${field('lastName', this.renderInput('lastName', 'text', 'family-name'))}
          ${field('email', this.renderInput('email', 'email', 'email', 'email'))}
          ${field('phone', this.renderInput('phone', 'tel', 'tel', 'tel'), m.phoneHint)}
        </div>
        ${shows('programme')
          ? field('programme', programmes.length
            ? this.renderSelect('programme', [['', m.any], ...programmes])
            : this.renderInput('programme', 'text', 'off'))
          : nothing}
        ${shows('slot') ? field('slot', this.renderSelect('slot', [['', m.any], ...SLOTS.map((slot, i) => [slot, m.slots[i]!])])) : nothing}
        ${shows('message')
          ? field('message', html`<textarea part="input" id="message" name="message" rows="4" .value=${this.values.message}
              aria-invalid=${this.invalid('message')} aria-describedby=${this.describedBy('message')}></textarea>`)
          : nothing}
        <div part="field" class="field consent ${this.errors.consent ? 'invalid' : ''}">
          ${this.renderError(m, 'consent')}
          <input part="input" id="consent" name="consent" type="checkbox" required .checked=${this.values.consent}
            aria-invalid=${this.invalid('consent')} aria-describedby=${this.describedBy('consent')} />
          <label part="label" for="consent">${before}${privacy
            ? html`<a href=${privacy} target="_blank" rel="noopener">${link}<span class="visually-hidden"> ${m.newTab}</span></a>`
            : link}${after}</label>
        </div>
        <div class="trap" aria-hidden="true" inert>
          <label for="website">Website</label>
          <input id="website" name="website" tabindex="-1" autocomplete="off" />
        </div>
        ${this.draftLost ? html`<p class="note">${m.draftLost}</p>` : nothing}
        <button part="submit" aria-disabled=${state === 'submitting' ? 'true' : nothing}>
          ${state === 'submitting' ? m.sending : html`<slot name="submit">${m.submit}</slot>`}
        </button>
      </form>
    `;
  }

  private renderSummary(m: CallbackFormMessages): TemplateResult | typeof nothing {
    const fields = FIELD_NAMES.filter((name) => this.errors[name]);
    if (this.state !== 'error' || fields.length + this.problems.length === 0) return nothing;
    // The GOV.UK error summary: focus goes to the block, the alert inside is announced.
    return html`<div class="box" part="summary" tabindex="-1">
      <div role="alert">
        <h3>${m.summary}</h3>
        <ul @click=${this.onSummaryClick}>
          ${this.problems.map((problem) => html`<li>${problem}</li>`)}
          ${fields.map((name) => html`<li><a href="#${name}">${this.errors[name]}</a></li>`)}
        </ul>
      </div>
    </div>`;
  }

  private renderError(m: CallbackFormMessages, name: FieldName): TemplateResult | typeof nothing {
    return this.errors[name]
      ? html`<p class="error" part="error" id="${name}-error"><span class="visually-hidden">${m.errorPrefix} </span>${this.errors[name]}</p>`
      : nothing;
  }

  private renderInput(name: Exclude<FieldName, 'consent'>, type: string, autocomplete: string, inputmode?: string): TemplateResult {
    return html`<input part="input" id=${name} name=${name} type=${type} autocomplete=${autocomplete}
      inputmode=${inputmode ?? nothing} ?required=${!isOptional(name)} .value=${this.values[name]}
      aria-invalid=${this.invalid(name)} aria-describedby=${this.describedBy(name)} />`;
  }

  private renderSelect(name: 'programme' | 'slot', options: string[][]): TemplateResult {
    // `selected` on the options, not `.value` on the select: that binding runs before the options exist.
    return html`<select part="input" id=${name} name=${name} aria-invalid=${this.invalid(name)} aria-describedby=${this.describedBy(name)}>
      ${options.map(([value, label]) => html`<option value=${value!} ?selected=${value === this.values[name]}>${label}</option>`)}
    </select>`;
  }

  private invalid(name: FieldName): 'true' | 'false' {
    return this.errors[name] ? 'true' : 'false';
  }

  private describedBy(name: FieldName): string | typeof nothing {
    return [name === 'phone' && 'hint', this.errors[name] && `${name}-error`].filter(Boolean).join(' ') || nothing;
  }

  // What the visitor does

  private onInput(event: Event): void {
    const { name, type, checked, value } = event.target as HTMLInputElement;
    if (!(name in this.values)) return;
    this.values = { ...this.values, [name]: type === 'checkbox' ? checked : value };
    this.saveDraft();
  }

  /** Checks the field just left, unless it was only tabbed through, empty. */
  private async onFocusOut(event: FocusEvent): Promise<void> {
    const name = (event.target as HTMLInputElement).name as FieldName;
    if (!(name in this.values) || (!this.values[name] && !this.errors[name])) return;
    const checked = await this.validate().catch(() => undefined);
    if (!checked) return;
    const show = () => (this.errors = { ...this.errors, [name]: checked.errors[name] });
    // Focus left for a click that is not over yet: a message appearing or going now would move
    // what the pointer is on, and the click — on the checkbox, on the button — would miss.
    if (this.pointerDown) addEventListener('pointerup', () => setTimeout(show), { once: true });
    else show();
  }

  private onPointerDown(): void {
    this.pointerDown = true;
    addEventListener('pointerup', () => (this.pointerDown = false), { once: true, capture: true });
  }

  private onSummaryClick(event: Event): void {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    // A fragment link does not reach into a shadow root: focus the field ourselves.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(link.getAttribute('href')!)?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    const checked = await this.validate().catch(() => undefined);
    this.busy = false; // from here on synchronous until sending, which takes the lock again
    const { unavailable } = callbackFormMessages[this.locale];
    // The checks could not load (offline since the page loaded): what was typed stays in the draft.
    if (!checked) return this.refuse({}, [unavailable]);
    const { request, errors } = checked;
    if (!request) return this.refuse(errors, [], { reason: 'invalid', fieldErrors: errors as Record<string, string> });
    if (!this.emit('campus-submit', request, { cancelable: true })) return;
    const endpoint = this.endpointUrl();
    if (!endpoint) return this.refuse({}, [unavailable], { reason: 'rejected' });

    this.busy = true;
    const submission = { key: newKey(), endpoint, body: request };
    this.pendingKey = submission.key;
    // Into the outbox before the first attempt: a page closed mid-retry loses nothing.
    this.queuedInMemory = !enqueue(submission);
    this.saveDraft();
    this.errors = {};
    this.problems = [];
    this.state = 'submitting';
    const outcome = await exclusively(submission.key, () => sendWithRetries(submission, this.timeoutMs));
    this.busy = false;
    await this.settle(submission.key, outcome!, true);
  }

  // What the server says

  private readonly flush = (): void => {
    void flushOutbox(this.timeoutMs);
  };

  private readonly onSettled = (event: Event): void => {
    const { key, outcome } = (event as CustomEvent<SettledDetail>).detail;
    void this.settle(key, outcome, this.matches(':focus-within'));
  };

  /** Shows how a submission ended. `focus`: the visitor is here, waiting for the answer. */
  private async settle(key: string, outcome: Outcome, focus: boolean): Promise<void> {
    if (key !== this.pendingKey) return;
    if (outcome.kind === 'failed') {
      this.state = 'queued';
      if (focus) await this.focusPart('queued');
      this.emit('campus-submit-queued', { idempotencyKey: key, persisted: !this.queuedInMemory });
      return;
    }
    this.pendingKey = undefined;
    dequeue(key);
    if (outcome.kind === 'sent') {
      this.values = emptyValues();
      writeJson('sessionStorage', this.draftKey, undefined);
      this.state = 'success';
      if (focus) await this.focusPart('success');
      this.emit('campus-submit-success', { idempotencyKey: key, status: outcome.status });
      if (this.datalayer) ((window as unknown as { dataLayer?: unknown[] }).dataLayer ??= []).push({ event: 'campus_callback_success' });
      return;
    }
    this.saveDraft();
    const m = callbackFormMessages[this.locale];
    if (outcome.kind === 'rate-limited') {
      const { retryAfter } = outcome;
      const delay = retryAfter === undefined
        ? m.someMinutes
        : new Intl.NumberFormat(this.locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Math.max(1, Math.ceil(retryAfter / 60)));
      await this.refuse({}, [m.rateLimited(delay)], { reason: 'rate-limited', ...(retryAfter !== undefined && { retryAfter }) });
      return;
    }
    // The server's own words: on the fields it names, the rest in the summary.
    const errors: FieldErrors = {};
    const problems: string[] = [];
    for (const [field, message] of Object.entries(outcome.errors ?? {})) {
      const name = field.split('.')[0] as FieldName;
      if (name in this.values && (!isOptional(name) || this.shown.includes(name))) errors[name] ??= message;
      else problems.push(message);
    }
    if (problems.length + Object.keys(errors).length === 0) problems.push(m.unavailable);
    await this.refuse(errors, problems, { reason: 'rejected', ...(outcome.errors && { fieldErrors: outcome.errors }) });
  }

  private async refuse(errors: FieldErrors, problems: string[], detail?: CampusSubmitErrorDetail): Promise<void> {
    this.errors = errors;
    this.problems = problems;
    this.state = 'error';
    await this.focusPart('summary');
    if (detail) this.emit('campus-submit-error', detail);
  }

  private async focusPart(part: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part=${part}]`)?.focus();
  }

  // Mechanics

  private async validate(): Promise<{ request?: CallbackRequest; errors: FieldErrors }> {
    const { buildRequest, validateRequest } = await loadChecks();
    const m = callbackFormMessages[this.locale];
    const trap = this.renderRoot.querySelector<HTMLInputElement>('#website');
    const body = buildRequest(this.values, {
      shown: this.shown,
      locale: this.locale,
      source: this.source,
      consentText: m.consent.join(''),
      // The honeypot was filled, or the form faster than a person types. This never blocks.
      suspectedBot: Boolean(trap?.value) || (!this.restored && Date.now() - this.startedAt < MIN_FILL_TIME),
    });
    return validateRequest(body, this.values, m, this.locale);
  }

  private parseFields(): readonly OptionalField[] {
    if (this.fields == null) return DEFAULT_FIELDS;
    const names = this.fields.split(',').map((name) => name.trim()).filter(Boolean);
    if (names.every(isOptional)) return OPTIONAL_FIELDS.filter((name) => names.includes(name));
    this.warnOnce('fields', `"${this.fields}": choose from programme,slot,message; using programme,message.`);
    return DEFAULT_FIELDS;
  }

  private get privacyHref(): string | undefined {
    const href = this.privacyUrl ? safeUrl(this.privacyUrl, document.baseURI) : undefined;
    if (this.privacyUrl && !href) this.warnOnce('privacy-url', `"${this.privacyUrl}" is not an http(s) URL.`);
    return href;
  }

  private endpointUrl(): string | undefined {
    try {
      return this.endpoint ? new URL(this.endpoint, document.baseURI).href : undefined;
    } catch {
      this.warnOnce('endpoint', `"${this.endpoint}" is not a URL.`);
      return undefined;
    }
  }

  private get timeoutMs(): number {
    const ms = Number(this.timeout ?? DEFAULT_TIMEOUT);
    if (ms > 0) return ms;
    this.warnOnce('timeout', `"${this.timeout}" is not a number of milliseconds; using ${DEFAULT_TIMEOUT}.`);
    return DEFAULT_TIMEOUT;
  }

  /** One draft per form on the page: by its `id` if it has one, else by its endpoint. */
  private get draftKey(): string {
    return `campus-widgets:callback-draft:${this.id || this.endpoint}`;
  }

  /**
   * What the visitor typed, kept in this tab until it is sent — consent excepted: the visitor
   * ticks it again. `pendingKey` ties the draft to its submission waiting in the outbox.
   */
  private saveDraft(): void {
    this.draftLost = !writeJson('sessionStorage', this.draftKey, {
      values: { ...this.values, consent: false },
      pendingKey: this.queuedInMemory ? undefined : this.pendingKey,
    });
  }

  private restoreDraft(): void {
    const draft = readJson('sessionStorage', this.draftKey) as { values?: FormValues; pendingKey?: string } | undefined;
    if (!draft) return;
    this.restored = true;
    if (draft.pendingKey) {
      // Still in the outbox: show it as queued. Gone: another page of this tab has sent it.
      if (!isQueued(draft.pendingKey)) return void writeJson('sessionStorage', this.draftKey, undefined);
      this.pendingKey = draft.pendingKey;
      this.state = 'queued';
    }
    this.values = { ...this.values, ...draft.values, consent: false };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'callback-form': CallbackForm;
  }
}
