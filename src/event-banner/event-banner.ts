import { html, nothing } from 'lit';
import { CampusElement, type CampusState } from '../internal/campus-element.js';
import { onTick } from '../internal/clock.js';
import { hostStyles } from '../internal/host-styles.js';
import { RemoteData } from '../internal/remote-data.js';
import { isDismissed, rememberDismissed } from './dismissed.js';
import { bannerStyles } from './event-banner.styles.js';
import { countdownText, dateLabel, eventDate, startSentence, timeLabel } from './format.js';
import { bannerMessages } from './messages.js';
import { parseOpenDays, type OpenDay } from './schema.js';
import { knownZone, schedule, type ScheduledEvent } from './time.js';

export type { EventStatus, OpenDay } from './schema.js';

/**
 * The next open day — its date in the event's own time zone ("Samedi 14 novembre"), title, a
 * countdown to its start and the registration link — as a bar or a card. At the start it turns
 * `live` ("en ce moment") by itself; at the end it moves on to the next event, or hides
 * (`ended`) and takes no space.
 *
 * The payload may be `{ events: [...] }`, a single event object, or schema.org `Event` /
 * `EducationEvent` JSON-LD (an object, an array or an `@graph`). Cancelled events are skipped; a
 * postponed one shows "date to be confirmed" and no countdown; rescheduled and moved-online ones
 * say so. The countdown is read from the clock at each tick of one ticker shared by every banner,
 * paused while the tab is hidden. Its digits are hidden from screen readers, which get one stable
 * sentence ("Commence le samedi 14 novembre à 10:00.") instead.
 *
 * @tagname event-banner
 * @summary The open-day banner with a live countdown, read from the school's API or schema.org JSON-LD.
 *
 * @fires campus-load - The payload was loaded and validated. `detail`: its events (`OpenDay[]`),
 * cancelled ones left out, in payload order.
 * @fires campus-error - Loading failed. `detail`: `{ reason: "network" | "timeout" | "http" |
 * "invalid-response", status?, issues? }`.
 * @fires campus-cta-click - The visitor followed the registration link. `detail`: `{ eventId, url }`.
 * @fires campus-countdown-end - The countdown on show reached the start: the banner is now
 * `live`. `detail`: `{ eventId }`. Not fired for an event already started when it loaded.
 * @fires campus-dismiss - The visitor closed the banner (`dismissible`). `detail`: `{ eventId }`.
 *
 * @slot - Fallback content: shown before the script runs, while loading, on error and when there
 * is no event (`empty`); hidden once an event shows.
 *
 * @csspart banner - The box of the bar or card.
 * @csspart date - The `<time>` with the event's date ("Samedi 14 novembre"); for a postponed event, "Date à confirmer".
 * @csspart title - The event's title.
 * @csspart countdown - The countdown to the start; "En ce moment" / "Happening now" while live.
 * @csspart cta - The registration `<a>`.
 * @csspart dismiss - The close `<button>` (`dismissible`).
 * @csspart message - The short message shown on error, without a fallback.
 * @csspart placeholder - The block that holds the banner's space while loading, without a fallback.
 *
 * @cssprop --campus-color-primary - Background of the registration link; colour of "En ce moment" (default `#1f4fb4`).
 * @cssprop --campus-color-on-primary - Text of the registration link (default `#ffffff`).
 * @cssprop --campus-color-surface - Banner background (default `#ffffff`).
 * @cssprop --campus-color-text - Text colour (default `#1d2433`).
 * @cssprop --campus-color-muted - Time, place, description and the card's border (default `#4b5568`).
 * @cssprop --campus-color-danger - Status labels: "Reporté", "Nouvelle date"… (default `#b3261e`).
 * @cssprop --campus-color-focus - Focus ring (default `#ffbf47`).
 * @cssprop --campus-font-family - Font (default `inherit`).
 * @cssprop --campus-radius - Corner radius of the banner and its link (default `8px`).
 * @cssprop --campus-space - Inner spacing (default `16px`).
 */
export class EventBanner extends CampusElement {
  static override tagName = 'event-banner';
  static override styles = [hostStyles, bannerStyles];
  static override properties = {
    ...CampusElement.properties,
    eventId: { attribute: 'event-id' },
    variant: {},
    dismissible: { type: Boolean },
    now: {},
    precision: {},
    timeZone: { attribute: 'time-zone' },
  };

  /** Shows only the event with this id (`id`, or `@id` in JSON-LD); none matching gives state `empty`. */
  declare eventId: string | null;
  /** `bar` (default) or `card`. */
  declare variant: string | null;
  /** Shows a close button; a closed event stays closed for this visitor (remembered in localStorage). */
  declare dismissible: boolean;
  /** An ISO date-time with an offset (`2026-11-14T09:59:50+01:00`) that freezes the clock: for previews and tests. By default, the real clock. */
  declare now: string | null;
  /** `second` (default) or `minute`. A visitor who prefers reduced motion always gets `minute`. */
  declare precision: string | null;
  /** IANA time zone (`Europe/Paris`) for events whose payload names none. By default, the offset written in their start. */
  declare timeZone: string | null;

  readonly #data = new RemoteData<OpenDay[]>(this, parseOpenDays);

  /** The instant this update shows: the clock, or `now`, read once per update. */
  #time = 0;
  #frozen = false;
  /** The payload's events placed in time, for that payload and zone: worked out once, not at every tick. */
  #schedule?: { of: OpenDay[]; zone?: string; events: ScheduledEvent[] };
  /** The event on show, if any. */
  #shown: ScheduledEvent | undefined;
  /** What the previous update showed (`ready jpo-1`), to see a countdown reach the start. */
  #previous: string | undefined;
  /** Closed by the visitor during this page view. */
  #closed = false;
  /** Stops the ticks of the shared clock; set while this banner follows them. */
  #stopTicking: (() => void) | undefined;
  readonly #reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  constructor() {
    super();
    this.dismissible = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#reducedMotion.onchange = () => this.requestUpdate();
    // Back in the page: time has passed, show it now.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#reducedMotion.onchange = null;
    this.#followClock(false);
  }

  /**
   * Reads the clock and picks the event to show: upcoming (`ready`), started (`live`), or none
   * left (`ended`). Runs at every update, so each tick of the clock decides afresh.
   */
  protected override currentState(): CampusState {
    const { eventId, now, timeZone, variant, precision } = this;
    const frozenAt = Date.parse(now!); // NaN without `now`
    const zone = knownZone(timeZone);
    // One warning per wrong attribute, which then falls back to its default (the JSDoc of
    // `time-zone` and `now` says what theirs is).
    if (variant && variant !== 'bar' && variant !== 'card') this.warnInvalid('variant', 'bar');
    if (precision && precision !== 'second' && precision !== 'minute') this.warnInvalid('precision', 'second');
    if (timeZone && !zone) this.warnInvalid('time-zone', 'the default');
    if (now && !frozenAt) this.warnInvalid('now', 'the default');
    this.#frozen = !!frozenAt;
    const time = (this.#time = frozenAt || Date.now());
    this.#shown = undefined;
    const pending = this.#data.pendingState;
    if (pending) return pending;
    const of = this.#data.value!;
    if (this.#schedule?.of !== of || this.#schedule.zone !== zone) this.#schedule = { of, zone, events: schedule(of, zone) };
    const events = this.#schedule.events.filter((event) => !eventId || event.id === eventId);
    if (!events.length) return 'empty';
    const shown = (this.#shown = events.find((event) => event.end > time && !this.#closed && !(this.dismissible && isDismissed(event.id))));
    if (!shown) return 'ended';
    return shown.start <= time && shown.status !== 'postponed' ? 'live' : 'ready';
  }

  override render(): unknown {
    const { state, locale } = this;
    const event = this.#shown;
    if (state === 'loading' || state === 'error') return this.renderFallback(this.#data.pendingMessage(locale));
    if (!event) return state === 'empty' && this.hasFallback ? html`<slot></slot>` : nothing;
    const time = this.#time;
    const t = bannerMessages[locale];
    const { id, status, registration, location } = event;
    const postponed = status === 'postponed';
    const live = state === 'live';
    const card = this.variant === 'card';
    const step = this.#reducedMotion.matches || this.precision === 'minute' ? 60 : 1;
    // The countdown's digits change every second: screen readers get the stable sentence instead.
    return html`<div part="banner" class=${card ? 'card' : 'bar'}>
      <p class="when">
        ${detail('status', t.status[status])}
        ${postponed
          ? html`<span part="date">${t.toBeConfirmed}</span>`
          : html`<time part="date" datetime=${eventDate(event)}>${dateLabel(locale, event)}</time>
              ${detail('time', timeLabel(locale, event))}`}
        ${detail('place', location?.name ?? (location?.online ? t.online : undefined))}
      </p>
      <p part="title">${event.title}</p>
      ${card && event.description ? html`<p class="description">${event.description}</p>` : nothing}
      ${postponed
        ? nothing
        : html`<p part="countdown" class=${live ? 'live' : ''}>
            ${live
              ? t.live
              : html`<span aria-hidden="true">${t.startsIn} <b>${countdownText(locale, event.start - time, step)}</b></span>
                  <span class="visually-hidden">${startSentence(locale, event)}</span>`}
          </p>`}
      ${registration
        ? html`<a part="cta" href=${registration.url} @click=${() => this.emit('campus-cta-click', { eventId: id, url: registration.url })}
            >${registration.label ?? t.register}</a
          >`
        : nothing}
      ${this.dismissible
        ? html`<button part="dismiss" aria-label=${t.dismiss(event.title)} @click=${() => this.#dismiss(id)}>×</button>`
        : nothing}
    </div>`;
  }

  protected override updated(): void {
    const id = this.#shown?.id;
    if (this.state === 'live' && this.#previous === `ready ${id}`) this.emit('campus-countdown-end', { eventId: id! });
    this.#previous = `${this.state} ${id}`;
    // A frozen clock, or nothing on show, needs no ticks.
    this.#followClock(this.isConnected && !this.#frozen && !!id);
  }

  /** Re-renders at each tick of the page's shared clock while `on`. */
  #followClock(on: boolean): void {
    if (on) {
      this.#stopTicking ??= onTick(() => this.requestUpdate());
    } else {
      this.#stopTicking?.();
      this.#stopTicking = undefined;
    }
  }

  #dismiss(eventId: string): void {
    rememberDismissed(eventId);
    this.#closed = true;
    this.requestUpdate();
    this.emit('campus-dismiss', { eventId });
  }
}

/** A piece of the "when" line, in a span of its class, or nothing without text. */
const detail = (name: string, text: string | undefined) => (text ? html`<span class=${name}>${text}</span>` : nothing);

declare global {
  interface HTMLElementTagNameMap {
    'event-banner': EventBanner;
  }
}
