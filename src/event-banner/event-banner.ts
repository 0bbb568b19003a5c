import { html, isServer, nothing } from 'lit';
import { CampusElement, type CampusState } from '../internal/campus-element.js';
import { onTick } from '../internal/clock.js';
import { hostStyles } from '../internal/host-styles.js';
import { RemoteData } from '../internal/remote-data.js';
import { isDismissed, rememberDismissed } from './dismissed.js';
import { bannerStyles } from './event-banner.styles.js';
import { countdownText, eventLabels, type CountdownStyle, type EventLabels } from './format.js';
import { bannerMessages } from './messages.js';
import { parseOpenDays, statusLabel, type OpenDay } from './schema.js';
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
 * paused while the tab is hidden; it renders only when what it shows changes (once a minute at
 * `minute` precision), and its box keeps one size while it ticks. Its digits are hidden from
 * screen readers, which get one stable sentence ("Commence le samedi 14 novembre à 10:00.")
 * instead. The date carries the year when the event is not in the visitor's current year. After a
 * dismiss, focus moves to what Tab would have reached next (else the focusable element before
 * the banner), never to `<body>`.
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
 * @fires campus-calendar-add - The visitor followed a calendar link (`calendar`). `detail`:
 * `{ eventId, kind: "ics" | "google" | "outlook" }`.
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
 * @csspart calendar - The "Ajouter à mon agenda" block (`calendar`): its `.ics`, Google Calendar and Outlook `<a>` links.
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
    countdownStyle: { attribute: 'countdown-style' },
    calendar: { type: Boolean },
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
  /**
   * `words` (default): "2 jours 3 heures 8 secondes", a unit that is zero left out; `clock`: the
   * compact "2 j 03 h 00 min 08 s" (en "2 d 03 h 00 min 08 s"). Both in tabular figures, in a
   * box that keeps its size while it ticks.
   */
  declare countdownStyle: string | null;
  /**
   * Shows "Ajouter à mon agenda" / "Add to calendar": an `.ics` file of the event (a `data:`
   * link, which a strict CSP allows) and links that add it to Google Calendar and Outlook. Its
   * code loads on first use, alongside the data; the banner stays `loading` until both are there.
   */
  declare calendar: boolean;

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
  /** The labels of the event on show, and what they were built for: built once per event, not per tick. */
  #labels: [key: string, labels: EventLabels] | undefined;
  /** Milliseconds per step of the countdown on show: 1000, or 60000 at `minute` precision. */
  #step = 1000;
  /** What the last render showed at its precision (see {@link #tickKey}): a tick that would show the same renders nothing. */
  #rendered: string | undefined;
  /** The calendar links' renderer, once its chunk has loaded (`calendar`); `null` if it could not load. */
  #calendarLinks: typeof import('./calendar.js').calendarLinks | null | undefined;
  /** Stops the ticks of the shared clock; set while this banner follows them. */
  #stopTicking: (() => void) | undefined;
  // No `matchMedia` on a server (SSR renders the loading placeholder, where motion does not matter).
  readonly #reducedMotion = isServer ? { matches: false, onchange: null } : matchMedia('(prefers-reduced-motion: reduce)');

  constructor() {
    super();
    this.dismissible = false;
    this.calendar = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#reducedMotion.onchange = () => this.requestUpdate();
    // The calendar chunk loads alongside the data, so its links show with the first event.
    if (this.calendar) this.#loadCalendar();
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
    const { eventId, now, timeZone } = this;
    const frozenAt = Date.parse(now!); // NaN without `now`
    const zone = knownZone(timeZone);
    // One warning per wrong attribute, which then falls back to its default (the JSDoc of
    // `time-zone` and `now` says what theirs is).
    for (const [attribute, value, ...allowed] of [
      ['variant', this.variant, 'bar', 'card'],
      ['precision', this.precision, 'second', 'minute'],
      ['countdown-style', this.countdownStyle, 'words', 'clock'],
    ]) {
      if (value && !allowed.includes(value)) this.warnInvalid(attribute!, allowed[0]);
    }
    if (timeZone && !zone) this.warnInvalid('time-zone', 'the default');
    if (now && !frozenAt) this.warnInvalid('now', 'the default');
    this.#frozen = !!frozenAt;
    const time = (this.#time = frozenAt || Date.now());
    this.#shown = undefined;
    const pending = this.#data.pendingState;
    if (pending) return pending;
    // With `calendar`, the banner shows once the links can show with it: they would move the page otherwise.
    if (this.calendar && this.#calendarLinks === undefined) {
      this.#loadCalendar();
      return 'loading';
    }
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
    // Loading: the data, or the calendar chunk after it (no message then, only the reserved space).
    if (state === 'loading' || state === 'error') return this.renderFallback(state === 'error' ? this.#data.pendingMessage(locale) : undefined);
    if (!event) return state === 'empty' && this.hasFallback ? html`<slot></slot>` : nothing;
    const time = this.#time;
    const t = bannerMessages[locale];
    const { id, status, registration, location } = event;
    const postponed = status === 'postponed';
    const live = state === 'live';
    const card = this.variant === 'card';
    const place = location?.name ?? (location?.online ? t.online : undefined);
    const step = this.#reducedMotion.matches || this.precision === 'minute' ? 60 : 1;
    this.#step = step * 1000;
    const labels = this.#labelsOf(event);
    const [left, widest] = countdownText(locale, event.start - time, step, this.countdownStyle as CountdownStyle);
    // The countdown's digits change every second: screen readers get the stable sentence instead.
    // The widest text its units can take lies invisibly under it (same grid cell), so the box
    // keeps its size: the page around does not move at each tick.
    return html`<div part="banner" class=${card ? 'card' : 'bar'}>
      <p class="when">
        ${detail('status', statusLabel(locale, status))}
        ${postponed
          ? html`<span part="date">${statusLabel(locale, 'toBeConfirmed')}</span>`
          : html`<time part="date" datetime=${labels.datetime}>${labels.date}</time>
              ${detail('time', labels.time)}`}
        ${detail('place', place)}
      </p>
      <p part="title">${event.title}</p>
      ${card && event.description ? html`<p class="description">${event.description}</p>` : nothing}
      ${postponed
        ? nothing
        : html`<p part="countdown" class=${live ? 'live' : ''}>
            ${live
              ? t.live
              : html`<span aria-hidden="true">${t.startsIn} <b>${left}</b></span><span class="widest" aria-hidden="true"
                    >${t.startsIn} <b>${widest}</b></span
                  ><span class="visually-hidden">${labels.sentence}</span>`}
          </p>`}
      ${registration
        ? html`<a part="cta" href=${registration.url} @click=${() => this.emit('campus-cta-click', { eventId: id, url: registration.url })}
            >${registration.label ?? t.register}</a
          >`
        : nothing}
      ${this.dismissible
        ? html`<button part="dismiss" aria-label=${t.dismiss(event.title)} @click=${() => this.#dismiss(id)}>×</button>`
        : nothing}
      ${this.calendar && !postponed ? this.#renderCalendar(event, place) : nothing}
    </div>`;
  }

  protected override updated(): void {
    const id = this.#shown?.id;
    if (this.state === 'live' && this.#previous === `ready ${id}`) this.emit('campus-countdown-end', { eventId: id! });
    this.#previous = `${this.state} ${id}`;
    this.#rendered = this.#tickKey(this.#time);
    // A frozen clock, or nothing on show, needs no ticks.
    this.#followClock(this.isConnected && !this.#frozen && !!id);
  }

  /** Re-renders at each tick of the page's shared clock while `on`. */
  #followClock(on: boolean): void {
    if (on) {
      this.#stopTicking ??= onTick((time) => this.#tickKey(time) !== this.#rendered && this.requestUpdate());
    } else {
      this.#stopTicking?.();
      this.#stopTicking = undefined;
    }
  }

  /**
   * What the banner shows at `time`, at the precision of its countdown: the steps left to the
   * start (0 once started) and whether it has ended. At `minute` precision it changes once a
   * minute, so the other 59 ticks render nothing.
   */
  #tickKey(time: number): string | undefined {
    const event = this.#shown;
    return event && `${Math.max(0, Math.ceil((event.start - time) / this.#step))} ${time < event.end}`;
  }

  /** The labels of `event` in this locale and the visitor's current year, from the last render's if they are the same. */
  #labelsOf(event: ScheduledEvent): EventLabels {
    const year = new Date(this.#time).getFullYear();
    const key = [this.locale, year, event.id, event.startsAt, event.endsAt, event.zone].join();
    if (this.#labels?.[0] !== key) this.#labels = [key, eventLabels(this.locale, event, year)];
    return this.#labels[1];
  }

  /** The calendar links (loaded before the banner shows, see {@link currentState}); nothing if their chunk failed to load. */
  #renderCalendar(event: ScheduledEvent, location: string | undefined): unknown {
    const place = { location, url: event.registration?.url };
    return this.#calendarLinks?.(event, place, this.locale, (kind) => this.emit('campus-calendar-add', { eventId: event.id, kind })) ?? nothing;
  }

  /** Loads the calendar chunk (once: `import()` caches it); offline and not cached, the banner shows without the links. */
  #loadCalendar(): void {
    import('./calendar.js').then(
      ({ calendarLinks }) => (this.#calendarLinks = calendarLinks),
      () => (this.#calendarLinks = null),
    ).finally(() => this.requestUpdate());
  }

  /**
   * Closes the banner. Focus, which was on the close button, moves on to what Tab would have
   * reached next in the page (else the focusable element before the banner), never to `<body>`.
   */
  #dismiss(eventId: string): void {
    const focusModule = import('./focus-after-dismiss.js');
    rememberDismissed(eventId);
    this.#closed = true;
    this.requestUpdate();
    this.emit('campus-dismiss', { eventId });
    void focusModule.then(({ focusNextAfter }) => focusNextAfter(this));
  }
}

/** A piece of the "when" line, in a span of its class, or nothing without text. */
const detail = (name: string, text: string | undefined) => (text ? html`<span class=${name}>${text}</span>` : nothing);

declare global {
  interface HTMLElementTagNameMap {
    'event-banner': EventBanner;
  }
}
