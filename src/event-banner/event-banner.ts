import { html, nothing, type TemplateResult } from 'lit';
import { CampusElement, type CampusState } from '../internal/campus-element.js';
import { ClockController } from '../internal/clock.js';
import { hostStyles } from '../internal/host-styles.js';
import { commonMessages } from '../internal/messages.js';
import { RemoteData } from '../internal/remote-data.js';
import { readDismissed, rememberDismissed } from './dismissed.js';
import { bannerStyles } from './event-banner.styles.js';
import { countdownUnits, dateLabel, machineDate, startSentence, timeLabel, type Precision } from './format.js';
import { bannerMessages } from './messages.js';
import { parseOpenDays, type OpenDay } from './schema.js';
import { knownZone, schedule, type ScheduledEvent } from './time.js';

/** The attributes as used: invalid values replaced by their defaults. */
interface Settings {
  variant: 'bar' | 'card';
  precision: Precision;
  zone: string | undefined;
  frozenAt: number | undefined;
}

/**
 * @summary The open-day banner: the next event's date, title, a live countdown to its start
 * and the registration link. It goes `live` at the start and moves on to the next event at the
 * end, or hides itself (`ended`) when none is left.
 *
 * Payloads: `{ "events": [...] }`, a single event object, or schema.org `Event` /
 * `EducationEvent` JSON-LD (an object, an array or an `@graph`). Cancelled events are skipped;
 * a postponed one shows "date to be confirmed" and no countdown.
 *
 * The countdown's digits are hidden from screen readers, which get one stable sentence
 * ("Commence le samedi 14 novembre à 10:00.") instead. One shared ticker serves every banner
 * on the page and pauses while the tab is hidden.
 *
 * @fires {CustomEvent<OpenDay[]>} campus-load - The payload was loaded and validated; detail: the events (cancelled ones left out).
 * @fires {CustomEvent<{ reason: string, status?: number, issues?: Array<{ path: string, message: string }> }>} campus-error - The payload could not be loaded or failed validation.
 * @fires {CustomEvent<{ eventId: string, url: string }>} campus-cta-click - The visitor followed the registration link.
 * @fires {CustomEvent<{ eventId: string }>} campus-countdown-end - The countdown reached the start while the banner was showing it: the state is now `live`.
 * @fires {CustomEvent<{ eventId: string }>} campus-dismiss - The visitor closed the banner (with `dismissible`).
 *
 * @slot - Fallback content: shown before the script runs, while loading, on error and when there is no event (`empty`); hidden once an event shows.
 *
 * @csspart banner - The banner box (a bar or a card).
 * @csspart date - The `<time>` with the event's date ("Samedi 14 novembre"), or "date to be confirmed".
 * @csspart title - The event's title.
 * @csspart countdown - The countdown to the start, or "en ce moment" / "happening now" while live.
 * @csspart cta - The registration link (`<a>`).
 * @csspart dismiss - The close `<button>` (with `dismissible`).
 * @csspart message - The short message shown on error when there is no fallback.
 * @csspart placeholder - The block that reserves the banner's space while loading.
 *
 * @cssprop [--campus-color-primary=#1f4fb4] - Background of the registration link; colour of "happening now".
 * @cssprop [--campus-color-on-primary=#ffffff] - Text of the registration link.
 * @cssprop [--campus-color-surface=#ffffff] - Background of the banner.
 * @cssprop [--campus-color-text=#1d2433] - Text of the banner.
 * @cssprop [--campus-color-muted=#4b5568] - Time, place and description.
 * @cssprop [--campus-color-danger=#b3261e] - Status labels ("Reporté", "Nouvelle date").
 * @cssprop [--campus-color-focus=#ffbf47] - Focus ring.
 * @cssprop [--campus-font-family=inherit] - Font of the banner.
 * @cssprop [--campus-radius=8px] - Corner radius of the banner and its link.
 * @cssprop [--campus-space=16px] - Base spacing.
 */
export class EventBanner extends CampusElement {
  static override tagName = 'event-banner';
  static override styles = [hostStyles, bannerStyles];
  static override properties = {
    ...CampusElement.properties,
    endpoint: {},
    eventId: { attribute: 'event-id' },
    variant: {},
    dismissible: { type: Boolean },
    now: {},
    precision: {},
    timeZone: { attribute: 'time-zone' },
    timeout: {},
  };

  /** URL of the open-days API, absolute or relative to the page. Changing it loads again. */
  declare endpoint: string | null;
  /** Shows only the event with this id (`id`, or `@id` in JSON-LD); none matching gives state `empty`. */
  declare eventId: string | null;
  /** `bar` (default) or `card`. */
  declare variant: string | null;
  /** Shows a close button; a closed event stays closed for this visitor (remembered in localStorage). */
  declare dismissible: boolean;
  /** An ISO date-time with an offset that freezes the clock: for previews and tests. */
  declare now: string | null;
  /** `second` (default) or `minute`. A visitor who prefers reduced motion always gets `minute`. */
  declare precision: string | null;
  /** IANA time zone (`Europe/Paris`) for events whose payload names none. */
  declare timeZone: string | null;
  /** Milliseconds before the request gives up (default 8000). */
  declare timeout: string | null;

  private readonly data = new RemoteData<OpenDay[]>(this, {
    endpoint: () => this.endpoint,
    timeout: () => this.timeout,
    parse: parseOpenDays,
  });

  /** Read at each update, before rendering. */
  private settings!: Settings;
  /** The instant this update shows: the clock (or `now`) read once per update. */
  private renderedAt = 0;
  /** The event on show. */
  private shown: ScheduledEvent | undefined;
  private previous: { id: string; state: CampusState } | undefined;
  private scheduled: { from: OpenDay[]; zone: string | undefined; events: ScheduledEvent[] } | undefined;
  private dismissed = new Set<string>();
  /** Closed by the visitor during this page view. */
  private closed = false;
  private reducedMotion: MediaQueryList | undefined;

  constructor() {
    super();
    this.dismissible = false;
    new ClockController(this, () => this.settings.frozenAt === undefined && (this.state === 'ready' || this.state === 'live'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.dismissed = readDismissed();
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion.addEventListener('change', this.onMotionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reducedMotion?.removeEventListener('change', this.onMotionChange);
  }

  /** Picks the event to show from the clock: upcoming (`ready`), started (`live`), or none left (`ended`). */
  protected override currentState(): CampusState {
    this.settings = this.readSettings();
    this.renderedAt = this.settings.frozenAt ?? Date.now();
    this.shown = undefined;
    const status = this.data.status;
    if (status === 'idle') return 'error';
    if (status !== 'ready') return status;
    const events = this.events().filter((event) => !this.eventId || event.id === this.eventId);
    if (!events.length) return 'empty';
    const now = this.renderedAt;
    const hidden = (event: ScheduledEvent) => this.closed || (this.dismissible && this.dismissed.has(event.id));
    this.shown = events.find((event) => event.end > now && !hidden(event));
    if (!this.shown) return 'ended';
    return this.shown.start <= now && this.shown.status !== 'postponed' ? 'live' : 'ready';
  }

  override render(): unknown {
    const common = commonMessages[this.locale];
    switch (this.state) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderFallback(this.data.status === 'idle' ? common.misconfigured : common.unavailable);
      case 'empty':
        return this.hasFallback ? html`<slot></slot>` : nothing;
      case 'ready':
      case 'live':
        return this.renderBanner(this.shown!);
      default:
        return nothing;
    }
  }

  protected override updated(): void {
    const current = this.shown && { id: this.shown.id, state: this.state };
    if (current?.state === 'live' && this.previous?.state === 'ready' && this.previous.id === current.id) {
      this.emit('campus-countdown-end', { eventId: current.id });
    }
    this.previous = current;
  }

  private renderBanner(event: ScheduledEvent): TemplateResult {
    const t = bannerMessages[this.locale];
    const { variant } = this.settings;
    const postponed = event.status === 'postponed';
    const time = postponed ? undefined : timeLabel(this.locale, event);
    const place = event.location?.name ?? (event.location?.online ? t.online : undefined);
    return html`
      <div part="banner" class="banner ${variant}">
        <p class="when">
          ${event.status === 'scheduled' ? nothing : html`<span class="status">${t.status[event.status]}</span>`}
          ${postponed
            ? html`<span part="date" class="date">${t.toBeConfirmed}</span>`
            : html`<time part="date" class="date" datetime=${machineDate(event)}>${dateLabel(this.locale, event, this.renderedAt)}</time>`}
          ${time ? html`<span class="time">${time}</span>` : nothing}
          ${place ? html`<span class="place">${place}</span>` : nothing}
        </p>
        <p part="title" class="title">${event.title}</p>
        ${variant === 'card' && event.description ? html`<p class="description">${event.description}</p>` : nothing}
        ${this.renderCountdown(event)}
        ${event.registration
          ? html`<a part="cta" class="cta" href=${event.registration.url} @click=${this.onCtaClick}>${event.registration.label ?? t.register}</a>`
          : nothing}
        ${this.dismissible
          ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${t.dismiss(event.title)} @click=${this.onDismiss}>×</button>`
          : nothing}
      </div>
    `;
  }

  /** The digits change every second, so screen readers get the stable sentence instead. */
  private renderCountdown(event: ScheduledEvent): TemplateResult | typeof nothing {
    if (event.status === 'postponed') return nothing;
    const t = bannerMessages[this.locale];
    if (this.state === 'live') return html`<p part="countdown" class="countdown live">${t.live}</p>`;
    const units = countdownUnits(this.locale, event.start - this.renderedAt, this.settings.precision);
    return html`
      <p part="countdown" class="countdown">
        <span aria-hidden="true">${t.startsIn}${units.map((unit) => html` <span class="unit">${unit}</span>`)}</span>
        <span class="visually-hidden">${startSentence(this.locale, event, this.renderedAt)}</span>
      </p>
    `;
  }

  private onCtaClick(): void {
    const { id, registration } = this.shown!;
    this.emit('campus-cta-click', { eventId: id, url: registration!.url });
  }

  private onDismiss(): void {
    const eventId = this.shown!.id;
    rememberDismissed(eventId);
    this.dismissed.add(eventId);
    this.closed = true;
    this.requestUpdate();
    this.emit('campus-dismiss', { eventId });
  }

  private readonly onMotionChange = (): void => this.requestUpdate();

  /** The events placed in time; placed again only when the data or `time-zone` changes. */
  private events(): ScheduledEvent[] {
    const from = this.data.value ?? [];
    const { zone } = this.settings;
    if (this.scheduled?.from !== from || this.scheduled.zone !== zone) this.scheduled = { from, zone, events: schedule(from, zone) };
    return this.scheduled.events;
  }

  /** Reads the attributes; a wrong value is reported once and replaced by its default. */
  private readSettings(): Settings {
    const variant = this.variant === 'card' ? 'card' : 'bar';
    if (this.variant != null && this.variant !== variant) this.warnOnce('variant', `"${this.variant}" is not "bar" or "card"; using "bar".`);
    if (this.precision != null && this.precision !== 'second' && this.precision !== 'minute') {
      this.warnOnce('precision', `"${this.precision}" is not "second" or "minute"; using "second".`);
    }
    const zone = knownZone(this.timeZone);
    if (this.timeZone && !zone) this.warnOnce('time-zone', `"${this.timeZone}" is not a known IANA time zone; ignored.`);
    let frozenAt = this.now == null ? undefined : Date.parse(this.now);
    if (Number.isNaN(frozenAt)) {
      this.warnOnce('now', `"${this.now}" is not an ISO date-time; using the real clock.`);
      frozenAt = undefined;
    }
    const precision = this.reducedMotion?.matches || this.precision === 'minute' ? 'minute' : 'second';
    return { variant, precision, zone, frozenAt };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-banner': EventBanner;
  }
}
