import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { CampusEventDetails, CampusSubmitErrorDetail } from '../events.js';
import { CampusElement } from '../internal/campus-element.js';
import { hostStyles } from '../internal/host-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { styles } from './callback-form.styles.js';
import { FIELD_NAMES, isOptional, type Errors, type FieldName, type FormValues } from './fields.js';
import type * as DialogView from './dialog.js';
import { callbackFormMessages, type CallbackFormMessages } from './messages.js';
import { deleteDraft, readDraft, saveDraft } from './draft.js';
import { dequeue, hasOutbox, outboxIsStored, settledListeners } from './outbox-store.js';
import type * as Pipeline from './pipeline.js';
import { blockedAsMixedContent } from './mixed-content.js';
import type { Outcome } from './send.js';
import type { Locale } from '../internal/locale.js';

/**
 * The `type` and `autocomplete` (the type when not given) of the fields typed in; `inputmode`
 * follows the type. The programme is typed in too when the page gives no `<option>` to choose from.
 */
const INPUTS: Partial<Record<FieldName, string[]>> = {
  firstName: ['text', 'given-name'],
  lastName: ['text', 'family-name'],
  email: ['email'],
  phone: ['tel'],
};

/** Sooner than this after the form appeared, a submission is probably not a person's. */
const MIN_FILL_TIME = 3000;

/**
 * Asks for first name, last name, email, phone (French or international, sent in E.164), the
 * optional fields chosen with `fields`, and consent. Checks them with the server's own schema on
 * submit ("reward early, punish late": leaving a field says nothing before the first submit;
 * after it, a field's error updates when the visitor leaves it and goes as soon as the value is
 * right); a failed submit shows an error summary that takes focus. Sends JSON with an
 * `Idempotency-Key`; a network error, a timeout or a 5xx is retried (3 attempts within about
 * 15 s), then the request waits in a localStorage outbox and goes when the browser is back online
 * or on a later page load with a form, with exponential backoff, for 7 days at most (at most 10
 * wait at once). What the visitor typed is kept in sessionStorage until it is sent, for 30 minutes
 * without a keystroke at most. A honeypot and a 3-second minimum fill time only mark
 * `context.suspectedBot`. An `http:` endpoint on an `https:` page is refused with a warning.
 *
 * With `mode="dialog"` it shows the block the reference page shows — heading, line and button —
 * and the button opens the form in a native modal `<dialog>` (Escape or the close button close
 * it, focus goes back to the button, what was typed is kept). Its code is loaded on first use.
 *
 * @tagname callback-form
 * @summary "Une question ? Nous vous rappelons": a call-back request form that never loses or
 * duplicates a visitor's request.
 *
 * @fires campus-submit - Cancelable. Detail: the request body about to be sent. Cancel it to send the request yourself.
 * @fires campus-submit-success - The server accepted the request (2xx). Detail: `{ idempotencyKey, status }`.
 * @fires campus-submit-queued - The server could not be reached; the request waits in the outbox. Detail: `{ idempotencyKey, persisted }`.
 * @fires campus-submit-error - The visitor must fix something, or a stored request was given up. Detail: `{ reason: "invalid" | "rejected" | "rate-limited" | "undelivered", fieldErrors?, retryAfter?, idempotencyKey? }`.
 * @fires campus-dialog-open - `mode="dialog"`: the dialog opened. Detail: `null`.
 * @fires campus-dialog-close - `mode="dialog"`: the dialog closed (close button, Escape or `close()`). Detail: `null`.
 *
 * @slot - `<option value="…">label</option>` elements: the programme choices. Anything else is the
 *   fallback shown before the script runs, hidden once the form renders.
 * @slot heading - The heading's text (default "Une question ? Nous vous rappelons"; in dialog mode the block's heading, default "Une question ?").
 * @slot intro - A paragraph under the heading (none by default; in dialog mode the block's line, default "Nous vous recontactons !").
 * @slot submit - The submit button's text (default "Être recontacté"; in dialog mode the text of the button that opens the dialog).
 *
 * @csspart heading - The `<h2>`: the form's, and in dialog mode the block's and the dialog's.
 * @csspart form - The `<form>`.
 * @csspart field - Each field's wrapper: label, error and control.
 * @csspart label - Each `<label>`.
 * @csspart input - Every form control: `<input>`, `<select>`, `<textarea>`, the consent checkbox.
 * @csspart error - A field's error message.
 * @csspart summary - The error summary shown after a failed submit; takes focus.
 * @csspart submit - The submit `<button>`.
 * @csspart success - The confirmation once the request is sent; takes focus.
 * @csspart queued - The notice while the request waits for the connection; takes focus.
 * @csspart undelivered - The notice, on the visit after, that a stored request could not be sent.
 * @csspart trigger - `mode="dialog"`: the `<button>` that opens the dialog.
 * @csspart dialog - `mode="dialog"`: the `<dialog>`.
 * @csspart close - `mode="dialog"`: the dialog's close `<button>`.
 *
 * @cssprop --campus-color-primary - Submit button background, checkbox.
 * @cssprop --campus-color-on-primary - Submit button text.
 * @cssprop --campus-color-surface - Card and input background.
 * @cssprop --campus-color-text - Text.
 * @cssprop --campus-color-muted - Input borders.
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
    privacyUrl: { attribute: 'privacy-url' },
    source: {},
    fields: {},
    datalayer: { type: Boolean },
    mode: {},
    open: { type: Boolean, reflect: true },
    // Internal state: `attribute: false` (what `state: true` means to Lit) keeps the analyzer
    // from listing them as attributes.
    values: { attribute: false },
    errors: { attribute: false },
    undelivered: { attribute: false },
  };

  /** The privacy policy that the consent sentence links to. */
  declare privacyUrl: string | null;
  /** A free label sent along as `context.source` (which block, which campaign). */
  declare source: string | null;
  /** The optional fields to show, comma-separated, from `programme,slot,message`. Default `programme,message`. */
  declare fields: string | null;
  /** Also push `{ event: "campus_callback_success" }` to `window.dataLayer` (no personal data). */
  declare datalayer: boolean;
  /** `inline` (default): the form itself; `dialog`: a heading, a line and a button that opens the form in a modal dialog. */
  declare mode: string | null;
  /** `mode="dialog"`: whether the dialog is open. Reflected; set it, or call `show()` / `close()`. */
  declare open: boolean;

  /** What the visitor typed, as last read from the form: what the form shows when it renders again. */
  declare private values: FormValues;
  /** Field → message, shown on the field and in the summary; any other key is a problem the summary lists alone. */
  declare private errors: Errors;
  /** The notice that the outbox gave up a request of this visitor's, by locale. */
  declare private undelivered?: Record<Locale, string>;
  /** The browser refused to keep the draft: it lasts only while the page is open. */
  private draftLost = false;
  /** The submission on its way, or waiting in the outbox. */
  private pendingKey: string | undefined;
  private startedAt = 0;
  /** A submit was tried: from now on, leaving a field shows its error ("punish late"). */
  declare private submitted?: boolean;
  /**
   * The submit button is pressed: leaving a field then must not move it before the release. Set
   * on its `pointerdown`; cleared by the next `focusin` in the form, which follows the leave the
   * press causes (the button taking focus, or another field later).
   */
  declare private pressing?: boolean;
  /** The dialog's module, once loaded (`mode="dialog"`). */
  private dialogView?: typeof DialogView;
  /** The submit pipeline (checking, sending, the outbox), once loaded: see `pipeline.ts`. */
  private pipeline?: typeof Pipeline;
  private preloaded = false;

  constructor() {
    super();
    this.state = 'ready';
    this.open = false;
    this.values = {};
    this.errors = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    settledListeners.delete(this.pendingKey!);
    removeEventListener('online', this.flush);
  }

  protected override willUpdate(): void {
    // On a server (SSR) there is no page, storage or clock to start from: the browser does it when it hydrates.
    if (this.hasUpdated || isServer) return;
    // At the first render rather than on connect: frameworks set attributes just after appending.
    this.startedAt = Date.now();
    this.url('endpoint', this.endpoint);
    const draft = readDraft(this.draftId);
    if (draft) {
      this.preload(); // a restored draft is a visitor about to submit
      this.startedAt = 0; // a restored draft is no bot's speed
      this.values = draft.values;
      // Its request waits in the outbox: show it as queued.
      this.pendingKey = draft.pendingKey;
      if (this.pendingKey) {
        this.state = 'queued';
        settledListeners.set(this.pendingKey, this.settle);
      }
    }
    // The next page load: whatever an earlier page could not send goes now.
    this.flush();
  }

  override render(): TemplateResult {
    const m = callbackFormMessages[this.locale];
    const { state } = this;
    const content = state === 'success' || state === 'queued'
      ? html`<p class="box" part=${state} tabindex="-1" role="status">${state === 'success'
          ? m.sent
          : html`${m.queued} ${outboxIsStored(this.pendingKey) ? nothing : m.notKept}`}</p>`
      : this.renderForm(m);
    // In dialog mode the slots dress the block, which comes first; the dialog's own heading names the form.
    const dialog = this.isDialog;
    return html`<h2 id=${dialog ? nothing : 'heading'} part="heading"><slot name="heading">${dialog ? m.teaser[0] : m.heading}</slot></h2>
      <slot name="intro">${dialog ? m.teaser[1] : nothing}</slot>
      <slot hidden @slotchange=${() => this.requestUpdate()}></slot>
      ${this.undelivered ? html`<p part="undelivered" role="status">${this.undelivered[this.locale]}</p>` : nothing}
      ${dialog
        ? html`<button part="trigger" aria-haspopup="dialog" @click=${this.show} @pointerenter=${this.loadDialog} @focus=${this.loadDialog}>
            <slot name="submit">${m.submit}</slot>
          </button>
          ${this.dialogView?.renderDialog(this, m.heading, content)}`
        : content}`;
  }

  private renderForm(m: CallbackFormMessages): TemplateResult {
    const { state, errors } = this;
    const fields: string[] = this.visibleFields;
    // The GOV.UK error summary after a failed submit: every problem, those without a field
    // first, then each field's, in the form's order, as a link to it.
    const problems = Object.keys(errors).filter((key) => errors[key]).sort((a, b) => fields.indexOf(a) - fields.indexOf(b));
    return html`<form part="form" novalidate aria-labelledby="heading" @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onChange}
      @focusin=${this.onFocusIn}>
      ${state === 'error' && problems.length
        ? // Focus goes to the block, the alert inside is announced.
          html`<div class="box" part="summary" tabindex="-1">
            <div role="alert">
              <h3>${m.summary}</h3>
              <ul>
                ${problems.map((key) => html`<li>${fields.includes(key)
                  ? html`<a href="#${key}" @click=${this.focusField}>${errors[key]}</a>`
                  : errors[key]}</li>`)}
              </ul>
            </div>
          </div>`
        : nothing}
      ${fields.map((name) => this.renderField(name as FieldName, m))}
      <input class="trap" name="website" aria-hidden="true" inert tabindex="-1" autocomplete="off" />
      ${this.draftLost ? html`<p class="note">${m.notKept}</p>` : nothing}
      <button part="submit" aria-disabled=${state === 'submitting'} @pointerdown=${this.onPress}>
        ${state === 'submitting' ? m.sending : html`<slot name="submit">${m.submit}</slot>`}
      </button>
    </form>`;
  }

  /**
   * A labelled control, its error above it (the consent box puts its label after the box), the
   * control pointing at its error with `aria-describedby`.
   */
  private renderField(name: FieldName, m: CallbackFormMessages): TemplateResult {
    const error = this.errors[name];
    const value = this.values[name] ?? '';
    const invalid = !!error; // rendered "true" or "false"
    const describedBy = error ? `${name}-error` : nothing;
    const options = name === 'slot' ? Object.entries(m.slots) : Array.from(isServer ? [] : this.querySelectorAll('option'), (option) => [option.value, option.label]);
    const [type, autocomplete = type] = INPUTS[name] ?? (options.length ? [] : ['text', 'off']);
    let label: unknown = m.labels[name];
    let control;
    if (name === 'consent') {
      const privacy = this.url('privacy-url', this.privacyUrl);
      const [before, link, after] = m.consent;
      // The policy opens in this tab: the draft keeps what the visitor typed meanwhile.
      label = html`${before}${privacy ? html`<a href=${privacy}>${link}</a>` : link}${after}`;
      control = html`<input part="input" id=${name} name=${name} type="checkbox" required .checked=${value}
        aria-invalid=${invalid} aria-describedby=${describedBy} />`;
    } else if (name === 'message') {
      control = html`<textarea part="input" id=${name} name=${name} rows="4" .value=${value}
        aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`;
    } else if (type) {
      control = html`<input part="input" id=${name} name=${name} type=${type} autocomplete=${autocomplete}
        inputmode=${type === 'text' ? nothing : type} ?required=${!isOptional(name)} .value=${value}
        aria-invalid=${invalid} aria-describedby=${describedBy} />`;
    } else {
      // A list that starts with the empty choice. `selected` on the options, not `.value` on the
      // select: that binding runs before the options exist.
      control = html`<select part="input" id=${name} name=${name} aria-invalid=${invalid} aria-describedby=${describedBy}>
        <option value="">${m.any}</option>
        ${options.map(([option, text]) => html`<option value=${option!} ?selected=${option === value}>${text}</option>`)}
      </select>`;
    }
    return html`
      <div part="field" class="field field-${name}">
        <label part="label" for=${name}>${label}</label>
        ${error
          ? html`<p class="error" part="error" id="${name}-error"><span class="visually-hidden">${m.errorPrefix} </span>${error}</p>`
          : nothing}
        ${control}
      </div>`;
  }

  // What the visitor does

  /** Focus reached a field (the press on the submit button is over, see `pressing`). */
  private onFocusIn(): void {
    this.pressing = false;
    this.preload();
  }

  private onPress(): void {
    this.pressing = true;
    this.preload();
  }

  private onInput(event: Event): void {
    this.preload();
    this.values = this.read();
    this.keepDraft();
    // Reward early: a field's error goes as soon as its value is right.
    const { name } = event.target as HTMLInputElement;
    if (this.errors[name] && !this.validate().errors[name]) this.errors = { ...this.errors, [name]: undefined };
  }

  /**
   * Punish late: after the first submit, checks a field the visitor has changed once they commit
   * it (leave it, or tick a box). Before it, leaving a field shows nothing new. Never while the
   * submit button is pressed: the error would push the button from under the pointer before the
   * release, and the click would be lost (the submit checks every field anyway).
   */
  private onChange(event: Event): void {
    // `submitted` is set once the pipeline is here.
    if (!this.submitted || this.pressing) return;
    const { name } = event.target as HTMLInputElement;
    this.errors = { ...this.errors, [name]: this.validate().errors[name] };
  }


  /** A summary link: a fragment link does not reach into a shadow root, so it focuses its field itself. */
  private focusField(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>((event.currentTarget as HTMLAnchorElement).hash)?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // The submit lock: `submitting` is set before the first await, so a double click or double
    // Enter sends once.
    if (this.state === 'submitting') return;
    let pipeline = this.pipeline;
    if (!pipeline) {
      // Submitted before the preload came (or without touching the form): the lock holds while it loads.
      const { state } = this;
      this.state = 'submitting';
      try {
        pipeline = await this.loadPipeline();
      } catch {
        // Offline since the page loaded: what was typed stays, in the form and in the draft; the
        // next click tries again.
        return this.refuse({ unavailable: callbackFormMessages[this.locale].unavailable }, { reason: 'rejected' });
      }
      this.state = state;
    }
    this.submitted = true;
    const { request, errors } = this.validate();
    if (!request) return this.refuse(errors, { reason: 'invalid', fieldErrors: errors as Record<string, string> });
    if (!this.emit('campus-submit', request, { cancelable: true })) return;
    const endpoint = this.url('endpoint', this.endpoint);
    if (!endpoint) return this.refuse({ endpoint: callbackFormMessages[this.locale].unavailable }, { reason: 'rejected' });

    const submission = { key: pipeline.newKey(), endpoint, body: request };
    const { key } = submission;
    this.pendingKey = key;
    settledListeners.set(key, this.settle);
    // Into the outbox before the first attempt: a page closed mid-retry loses nothing.
    pipeline.enqueue(submission);
    this.keepDraft();
    this.errors = {};
    this.state = 'submitting';
    await this.settle(key, await pipeline.deliver(submission, this.timeoutMs, true));
  }

  // What the server says

  /**
   * Replays the outbox, if it holds anything: at a page load with the form (each entry once its
   * backoff is over), and when the browser is back `online` (at once).
   */
  private readonly flush = async (online?: Event): Promise<void> => {
    if (hasOutbox()) this.undelivered ??= await (await import('./replay.js')).replayOutbox(await this.loadPipeline(), this, !!online);
  };

  /**
   * Loads the submit pipeline; the module map keeps it, so later calls cost nothing. Rejects
   * when its chunk cannot be fetched (offline since the page loaded).
   */
  private loadPipeline(): Promise<typeof Pipeline> {
    return import('./pipeline.js')
      .catch((error: Error) => {
        // A module that failed to load stays failed for the document (the module map keeps the
        // failure): the chunk is asked for again under another URL, the one the browser names in
        // its error (Chromium, Firefox). Where it names none, a reload is the only other try.
        const url = /\w+:\/\/\S+/.exec(error.message)?.[0];
        if (!url) throw error;
        return import(/* @vite-ignore */ `${url}?retry=${Date.now()}`) as Promise<typeof Pipeline>;
      })
      .then((pipeline) => (this.pipeline = pipeline));
  }

  /**
   * The visitor has started filling the form: the pipeline comes meanwhile, ready by the submit.
   * Once: offline, every keystroke would ask again; the submit tries again itself.
   */
  private preload(): void {
    this.preloaded ||= !!this.loadPipeline().catch(() => {});
  }

  /**
   * Shows how this form's submission ended: after its attempts, or when the outbox delivers it.
   * Focus follows when the visitor is waiting for it or is in the form.
   */
  private readonly settle = async (key: string, outcome?: Outcome): Promise<void> => {
    if (!outcome || key !== this.pendingKey) return;
    const focus = this.state === 'submitting' || this.matches(':focus-within');
    if (outcome.kind === 'failed') {
      // Queued: the rest is the outbox's rare path.
      (await import('./replay.js')).postpone(this.pipeline!, key, outcome.retryAfter);
      return this.showOutcome('queued', focus, { idempotencyKey: key, persisted: outboxIsStored(key) });
    }
    this.pendingKey = undefined;
    settledListeners.delete(key);
    dequeue(key);
    if (outcome.kind === 'sent') {
      deleteDraft(this.draftId);
      if (this.datalayer) ((window as unknown as { dataLayer?: unknown[] }).dataLayer ??= []).push({ event: 'campus_callback_success' });
      return this.showOutcome('success', focus, { idempotencyKey: key, status: outcome.status });
    }
    this.keepDraft();
    // Refused (400/422) or rate limited (429): an outcome comes from the pipeline, so it is here.
    return this.refuse(...this.pipeline!.refusal(outcome, this.locale));
  };

  private refuse(errors: Errors, detail: CampusSubmitErrorDetail): Promise<void> {
    this.errors = errors;
    return this.showOutcome('error', true, detail);
  }

  /**
   * Moves to `state`; with `focus`, its message takes focus (the summary, the success or the
   * queued notice: the one `.box` shown); then tells the page: `campus-submit-<state>`.
   */
  private async showOutcome<S extends 'queued' | 'success' | 'error'>(state: S, focus: boolean, detail: CampusEventDetails[`campus-submit-${S}`]): Promise<void> {
    this.state = state;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>('.box')?.focus();
    this.emit(`campus-submit-${state}`, detail);
  }

  // The dialog (`mode="dialog"`)

  /** Opens the dialog (`mode="dialog"`), loading its code on first use. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog; focus goes back to its button and what was typed is kept. */
  close(): void {
    this.open = false;
  }

  /**
   * Loads the dialog's chunk; the module map keeps it, so later calls cost nothing. Started when
   * the pointer or focus reaches the button: it is usually there by the click.
   */
  private loadDialog(): void {
    import('./dialog.js').then(
      (view) => {
        this.dialogView = view;
        this.requestUpdate();
      },
      // Offline before the chunk came: the button stays, ready for another try.
      () => (this.open = false),
    );
  }

  /** The native dialog follows `open`, once its code is here. */
  protected override updated(): void {
    this.dialogView?.syncDialog(this);
    if (this.open && !this.dialogView && this.isDialog) this.loadDialog();
  }

  // Mechanics

  /** `mode="dialog"`; any other value than `inline` or `dialog` gets one warning and `inline`. */
  private get isDialog(): boolean {
    const { mode } = this;
    if (mode && mode !== 'dialog' && mode !== 'inline') this.warnInvalid('mode', 'inline');
    return mode === 'dialog';
  }

  /** Only once the pipeline is here: at a submit, and after it. */
  private validate(): ReturnType<typeof Pipeline.checkRequest> {
    const values = this.read();
    // The honeypot was filled, or the form faster than a person types. This never blocks.
    const suspectedBot = !!values.website || Date.now() - this.startedAt < MIN_FILL_TIME;
    return this.pipeline!.checkRequest(values, this.locale, this.source, suspectedBot, this.url('privacy-url', this.privacyUrl));
  }

  /** What the form's controls hold: text as typed, `consent: "on"` when ticked, the honeypot's `website`. */
  private read(): FormValues {
    return Object.fromEntries(new FormData(this.renderRoot.querySelector('form')!)) as FormValues;
  }

  /**
   * The fields the form shows, in order: the required ones and the optional ones that `fields`
   * names (the default, with a warning, for a bad value).
   */
  private get visibleFields(): FieldName[] {
    let names: string[] = (this.fields ?? 'programme,message').match(/[^\s,]+/g) ?? [];
    if (!names.every(isOptional)) {
      this.warnInvalid('fields', 'programme,message');
      names = ['programme', 'message'];
    }
    return FIELD_NAMES.filter((name) => !isOptional(name) || names.includes(name));
  }

  /**
   * An attribute's absolute http(s) URL; one warning when there is none. An `http:` endpoint on
   * an `https:` page counts as none: the browser would block every attempt as mixed content.
   */
  private url(attribute: string, value: string | null): string | undefined {
    // A server (SSR) knows no page URL: a safe URL is kept as written there.
    const href = isServer ? safeUrl(value, 'https://server.invalid/') && value! : safeUrl(value, document.baseURI);
    if (href && attribute === 'endpoint' && blockedAsMixedContent(href)) {
      this.warnOnce(attribute, `"${href}" is blocked on an https: page (mixed content).`);
      return;
    }
    if (!href) this.warnMissingOrInvalid(attribute, 'no URL');
    return href;
  }

  /** One draft per form on the page: by its `id` if it has one, else by its endpoint. */
  private get draftId(): string {
    return this.id || this.endpoint!;
  }

  /**
   * What the visitor typed, kept in this tab (see `draft.ts`); tied to its submission while that
   * waits in a stored outbox.
   */
  private keepDraft(): void {
    this.draftLost = !saveDraft(this.draftId, this.values, outboxIsStored(this.pendingKey) ? this.pendingKey : undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'callback-form': CallbackForm;
  }
}
