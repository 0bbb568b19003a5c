import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { EventBanner } from '../../src/event-banner/event-banner.js';
import type { CampusErrorDetail } from '../../src/events.js';
import { commonMessages } from '../../src/internal/messages.js';
import { MockApi } from '../helpers/mock-api.js';
import { campusDay, jpo, mount, mountWith, omit, part, partText, shownCountdown, spokenCountdown, squish } from './helpers.js';

/** Two days, 1 h 29 min 45 s before the open day. */
const BEFORE = '2026-11-12T08:30:15+01:00';

const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'EducationEvent',
  '@id': 'jpo-2026-11-14',
  name: 'Journée Portes Ouvertes Digitale',
  startDate: '2026-11-14T10:00:00+01:00',
  endDate: '2026-11-14T17:00:00+01:00',
  eventStatus: 'https://schema.org/EventScheduled',
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  location: { '@type': 'VirtualLocation', url: 'https://meet.example/jpo' },
  offers: { '@type': 'Offer', url: 'inscription', price: 0 },
};

describe('<event-banner> rendering', () => {
  afterEach(() => sinon.restore());

  it('shows the next open day in French: date, time range, place, title, countdown and the registration link', async () => {
    const el = await mountWith({ events: [jpo, campusDay] }, { attributes: { now: BEFORE } });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(partText(el, 'date')).to.equal('Samedi 14 novembre');
    expect(part(el, 'date')!.localName).to.equal('time');
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2026-11-14T09:00:00.000Z');
    expect(squish(el.shadowRoot!.querySelector('.time')!.textContent)).to.equal('10:00 – 17:00');
    expect(squish(el.shadowRoot!.querySelector('.place')!.textContent)).to.equal('En ligne');
    expect(partText(el, 'title')).to.equal('Journée Portes Ouvertes Digitale');
    expect(shownCountdown(el)).to.equal('Début dans 2 jours 1 heure 29 minutes 45 secondes');
    expect(spokenCountdown(el)).to.equal('Commence le samedi 14 novembre à 10:00.');
    const cta = part(el, 'cta') as HTMLAnchorElement;
    expect(cta.localName).to.equal('a');
    expect(cta.href).to.equal('https://school.example/inscription');
    expect(squish(cta.textContent)).to.equal('Inscrivez-vous');
    expect(part(el, 'banner')!.classList.contains('bar')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en", durations in full words', async () => {
    const el = await mountWith({ events: [jpo] }, { lang: 'en', attributes: { now: '2026-11-13T09:59:59+01:00' } });
    expect(partText(el, 'date')).to.equal('Saturday 14 November');
    expect(squish(el.shadowRoot!.querySelector('.time')!.textContent)).to.equal('10:00–17:00');
    expect(shownCountdown(el)).to.equal('Starts in 1 day 0 hours 0 minutes 1 second');
    expect(shownCountdown(el)).not.to.match(/\d+\s*[dhms]\b/);
    expect(spokenCountdown(el)).to.equal('Starts Saturday 14 November at 10:00.');
    await expect(el).to.be.accessible();
  });

  it('re-renders in the new language when the page switches lang', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE } });
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => partText(el, 'date') === 'Saturday 14 November');
    expect(shownCountdown(el)).to.equal('Starts in 2 days 1 hour 29 minutes 45 seconds');
  });

  it('hides the changing digits from screen readers, which get one stable sentence', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE } });
    const digits = part(el, 'countdown')!.querySelector('[aria-hidden="true"]')!;
    expect(squish(digits.textContent)).to.match(/45 secondes$/);
    const snapshot = await a11ySnapshot({});
    const names: string[] = [];
    findAccessibilityNode<{ name?: string }>(snapshot as never, (node) => {
      if (node.name) names.push(node.name);
      return false;
    });
    expect(names.join(' | ')).to.include('Commence le samedi 14 novembre à 10:00.');
    expect(names.join(' | ')).not.to.match(/secondes|Début dans/);
  });

  it('shows the range of days of a multi-day event, with its start time', async () => {
    const newYear = { ...jpo, id: 'jpo-2027', startsAt: '2027-01-09T10:00:00+01:00', endsAt: '2027-01-10T16:00:00+01:00' };
    const el = await mountWith({ events: [newYear] }, { attributes: { now: BEFORE } });
    expect(partText(el, 'date')).to.equal('Samedi 9 – dimanche 10 janvier');
    // A multi-day event shows its start time, not a range across days.
    expect(squish(el.shadowRoot!.querySelector('.time')!.textContent)).to.equal('10:00');
    expect(spokenCountdown(el)).to.equal('Commence le samedi 9 janvier à 10:00.');
  });

  it('displays dates in the event zone, else the time-zone attribute, else the written offset — never the visitor’s', async () => {
    const noZone = omit(jpo, 'timeZone');
    const tokyo = await mountWith({ events: [{ ...jpo, timeZone: 'Asia/Tokyo' }] }, { attributes: { now: BEFORE, 'time-zone': 'America/Montreal' } });
    // 10:00–17:00 in Paris is 18:00–01:00 in Tokyo: two days, so the start time alone.
    expect(partText(tokyo, 'date')).to.equal('Samedi 14 – dimanche 15 novembre');
    expect(squish(tokyo.shadowRoot!.querySelector('.time')!.textContent)).to.equal('18:00');
    const montreal = await mountWith({ events: [noZone] }, { attributes: { now: BEFORE, 'time-zone': 'America/Montreal' } });
    expect(squish(montreal.shadowRoot!.querySelector('.time')!.textContent)).to.equal('04:00 – 11:00');
    const offset = await mountWith({ events: [{ ...noZone, startsAt: '2026-11-14T10:00:00+05:30', endsAt: '2026-11-14T17:00:00+05:30' }] }, { attributes: { now: BEFORE } });
    expect(squish(offset.shadowRoot!.querySelector('.time')!.textContent)).to.equal('10:00 – 17:00');
    expect(spokenCountdown(offset)).to.equal('Commence le samedi 14 novembre à 10:00.');
  });

  it('shows a date-only event as that whole day in its zone', async () => {
    const day = { ...jpo, startsAt: '2026-11-14', endsAt: undefined };
    const el = await mountWith({ events: [day] }, { attributes: { now: '2026-11-13T22:59:59Z' } });
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('.time')).to.equal(null);
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2026-11-14');
    expect(shownCountdown(el)).to.equal('Début dans 0 minute 1 seconde');
    expect(spokenCountdown(el)).to.equal('Le samedi 14 novembre, toute la journée.');
    el.now = '2026-11-13T23:00:00Z';
    await el.updateComplete;
    expect(el.state).to.equal('live');
    el.now = '2026-11-14T22:59:59Z';
    await el.updateComplete;
    expect(el.state).to.equal('live');
    el.now = '2026-11-14T23:00:00Z';
    await el.updateComplete;
    expect(el.state).to.equal('ended');
  });

  it('ends an event without endsAt at the end of its start day in its zone', async () => {
    const open = omit(jpo, 'endsAt');
    const el = await mountWith({ events: [open] }, { attributes: { now: '2026-11-14T23:59:59+01:00' } });
    expect(el.state).to.equal('live');
    expect(squish(el.shadowRoot!.querySelector('.time')!.textContent)).to.equal('10:00');
    el.now = '2026-11-15T00:00:00+01:00';
    await el.updateComplete;
    expect(el.state).to.equal('ended');
  });

  it('renders API text as text, never as HTML', async () => {
    const hostile = { ...jpo, title: '<img src=x onerror="window.__pwned=1">JPO', location: { name: '<b>Campus</b>' } };
    const el = await mountWith({ events: [hostile] }, { attributes: { now: BEFORE } });
    expect(partText(el, 'title')).to.equal('<img src=x onerror="window.__pwned=1">JPO');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'title')!.children.length).to.equal(0);
    expect(el.shadowRoot!.querySelector('.place')!.children.length).to.equal(0);
  });
});

describe('<event-banner> payloads', () => {
  it('reads a single event object', async () => {
    const el = await mountWith(jpo, { attributes: { now: BEFORE } });
    expect(partText(el, 'title')).to.equal(jpo.title);
  });

  it('reads schema.org JSON-LD: object, array and @graph', async () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Agenda' }, jsonLd] };
    for (const body of [jsonLd, [jsonLd], graph]) {
      const el = await mountWith(body, { attributes: { now: BEFORE } });
      expect(el.state).to.equal('ready');
      expect(partText(el, 'title')).to.equal('Journée Portes Ouvertes Digitale');
      expect(partText(el, 'date')).to.equal('Samedi 14 novembre');
      expect(squish(el.shadowRoot!.querySelector('.place')!.textContent)).to.equal('En ligne');
      // offers.url, relative, resolves against the endpoint; the label is the localized default.
      const cta = part(el, 'cta') as HTMLAnchorElement;
      expect(new URL(cta.href).pathname).to.match(/\/__mock\/[\w-]+\/inscription$/);
      expect(squish(cta.textContent)).to.equal('Inscrivez-vous');
    }
  });

  it('skips cancelled events', async () => {
    const cancelled = { ...jsonLd, '@id': 'cancelled', eventStatus: 'https://schema.org/EventCancelled' };
    const next = { ...jsonLd, '@id': 'next', name: 'Journée sur le campus', startDate: '2026-12-05T10:00:00+01:00', endDate: '2026-12-05T17:00:00+01:00' };
    const el = await mountWith([cancelled, next], { attributes: { now: BEFORE } });
    expect(partText(el, 'title')).to.equal('Journée sur le campus');
    const only = await mountWith([cancelled], { attributes: { now: BEFORE } });
    expect(only.state).to.equal('empty');
  });

  it('shows a postponed event with its date to be confirmed and no countdown, and never goes live', async () => {
    const postponed = { ...jsonLd, eventStatus: 'https://schema.org/EventPostponed' };
    const el = await mountWith(postponed, { attributes: { now: BEFORE } });
    expect(el.state).to.equal('ready');
    expect(squish(el.shadowRoot!.querySelector('.status')!.textContent)).to.equal('Reporté');
    expect(partText(el, 'date')).to.equal('Date à confirmer');
    expect(el.shadowRoot!.querySelector('time, .time')).to.equal(null);
    expect(part(el, 'countdown')).to.equal(null);
    expect(part(el, 'cta')).to.exist;
    await expect(el).to.be.accessible();
    el.now = '2026-11-14T12:00:00+01:00';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(part(el, 'countdown')).to.equal(null);
  });

  it('shows rescheduled and moved-online events as such', async () => {
    const rescheduled = await mountWith({ ...jsonLd, eventStatus: 'https://schema.org/EventRescheduled' }, { lang: 'en', attributes: { now: BEFORE } });
    expect(squish(rescheduled.shadowRoot!.querySelector('.status')!.textContent)).to.equal('New date');
    expect(shownCountdown(rescheduled)).to.match(/^Starts in 2 days/);
    const online = await mountWith({ events: [{ ...jpo, status: 'moved-online' }] }, { attributes: { now: BEFORE } });
    expect(squish(online.shadowRoot!.querySelector('.status')!.textContent)).to.equal('Désormais en ligne');
    await expect(online).to.be.accessible();
  });

  it('event-id picks one event; an id that matches nothing is empty', async () => {
    const el = await mountWith({ events: [jpo, campusDay] }, { attributes: { now: BEFORE, 'event-id': 'jpo-2026-12-05' } });
    expect(partText(el, 'title')).to.equal('Journée Portes Ouvertes sur le campus');
    expect(partText(el, 'cta')).to.equal('Je m’inscris');
    el.eventId = 'nope';
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.children).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('drops an unsafe registration URL: the event shows without a link', async () => {
    const el = await mountWith({ events: [{ ...jpo, registration: { url: 'java\tscript:alert(1)', label: 'Go' } }] }, { attributes: { now: BEFORE } });
    expect(el.state).to.equal('ready');
    expect(partText(el, 'title')).to.equal(jpo.title);
    expect(part(el, 'cta')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });
});

describe('<event-banner> states', () => {
  afterEach(() => sinon.restore());

  it('reserves its space while loading (placeholder), accessible', async () => {
    const url = await new MockApi().script('/open-days', { delay: 2000, body: { events: [jpo] } });
    const el = await fixture<EventBanner>(html`<event-banner endpoint=${url}></event-banner>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(part(el, 'placeholder')!.getBoundingClientRect().height).to.be.greaterThan(30);
    await expect(el).to.be.accessible();
  });

  it('keeps the fallback visible while loading, and hides it once an event shows', async () => {
    const url = await new MockApi().script('/open-days', { delay: 300, body: { events: [jpo] } });
    const el = await fixture<EventBanner>(html`<event-banner endpoint=${url} now=${BEFORE}><a href="/agenda">Nos journées portes ouvertes</a></event-banner>`);
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    await waitUntil(() => el.state === 'ready', 'never ready', { timeout: 5000 });
    expect(link.getBoundingClientRect().height).to.equal(0);
  });

  it('is live from the start instant ("en ce moment") until the end', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: '2026-11-14T10:00:00+01:00' } });
    expect(el.getAttribute('state')).to.equal('live');
    expect(partText(el, 'countdown')).to.equal('En ce moment');
    expect(partText(el, 'date')).to.equal('Samedi 14 novembre');
    await expect(el).to.be.accessible();
    const en = await mountWith({ events: [jpo] }, { lang: 'en', attributes: { now: '2026-11-14T16:59:59+01:00' } });
    expect(partText(en, 'countdown')).to.equal('Happening now');
  });

  it('moves to the next event after the end, and renders nothing once every event has ended', async () => {
    const el = await mountWith({ events: [campusDay, jpo] }, { attributes: { now: '2026-11-14T17:00:00+01:00' } });
    expect(el.state).to.equal('ready');
    expect(partText(el, 'title')).to.equal(campusDay.title);
    el.now = '2026-12-05T17:00:00+01:00';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ended');
    expect(el.shadowRoot!.children).to.have.length(0);
  });

  it('takes no space when ended, even when the page styles the element', async () => {
    const wrapper = await fixture(html`<div><style>event-banner { display: block; padding: 20px; margin: 20px; border: 2px solid; }</style></div>`);
    const el = await mountWith({ events: [jpo] }, { attributes: { now: '2026-11-15T00:00:00+01:00' } });
    wrapper.append(el);
    expect(el.state).to.equal('ended');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(getComputedStyle(el).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('is empty (not an error) for an empty list: shows the fallback if any, else nothing', async () => {
    const bare = await mountWith({ events: [] });
    expect(bare.getAttribute('state')).to.equal('empty');
    expect(bare.getBoundingClientRect().height).to.equal(0);
    await expect(bare).to.be.accessible();
    const withFallback = await mountWith({ events: [] }, { fallback: '<a href="/agenda">Voir l’agenda</a>' });
    expect(withFallback.shadowRoot!.querySelector('slot')).to.exist;
    expect(withFallback.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(withFallback).to.be.accessible();
  });
});

describe('<event-banner> errors', () => {
  afterEach(() => sinon.restore());

  it('shows a short localized message on an HTTP error, and emits campus-error', async () => {
    const url = await new MockApi().script('/open-days', { status: 500, body: { stack: 'TypeError at server.js:12' } });
    const el = document.createElement('event-banner');
    el.setAttribute('endpoint', url);
    const failed = oneEvent(el, 'campus-error');
    (await fixture(html`<div lang="en"></div>`)).append(el);
    expect((await failed).detail).to.deep.equal({ reason: 'http', status: 500 });
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect(partText(el, 'message')).to.equal(commonMessages.en.unavailable);
    expect(el.shadowRoot!.textContent).not.to.include('TypeError');
    await expect(el).to.be.accessible();
  });

  it('shows the author’s fallback on error', async () => {
    const el = await mount({ status: 503, body: {} }, { fallback: '<a href="/agenda">Nos prochaines journées portes ouvertes</a>' });
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('reports a payload missing a required field as invalid-response with the issues', async () => {
    const url = await new MockApi().script('/open-days', { body: { events: [{ ...jpo, startsAt: undefined }] } });
    const el = document.createElement('event-banner');
    el.setAttribute('endpoint', url);
    const failed = oneEvent(el, 'campus-error');
    (await fixture(html`<div></div>`)).append(el);
    const { detail } = (await failed) as CustomEvent<CampusErrorDetail>;
    expect(detail.reason).to.equal('invalid-response');
    expect(detail.issues!.map((issue) => issue.path)).to.deep.equal(['events.0.startsAt']);
    expect(partText(el, 'message')).to.equal(commonMessages.fr.unavailable);
    expect(part(el, 'title')).to.equal(null);
  });

  it('treats a body that is not JSON as invalid-response', async () => {
    const el = await mount({ raw: '<!doctype html><p>Maintenance</p>', headers: { 'Content-Type': 'text/html' } });
    expect(el.state).to.equal('error');
    expect(partText(el, 'message')).to.equal(commonMessages.fr.unavailable);
  });

  it('gives up after the timeout attribute', async () => {
    const url = await new MockApi().script('/open-days', { delay: 3000, body: { events: [jpo] } });
    const el = document.createElement('event-banner');
    el.setAttribute('endpoint', url);
    el.setAttribute('timeout', '50');
    const failed = oneEvent(el, 'campus-error');
    (await fixture(html`<div></div>`)).append(el);
    expect((await failed).detail).to.deep.equal({ reason: 'timeout' });
  });

  it('warns once and shows the misconfiguration message without an endpoint', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<EventBanner>(html`<event-banner></event-banner>`);
    // A new timeout starts a new load, which finds the endpoint missing again.
    const attempts = sinon.spy(el, 'warnMissingOrInvalid');
    el.timeout = '9000';
    await el.updateComplete;
    expect(attempts.callCount, 'a second attempt to warn').to.equal(1);
    expect(el.state).to.equal('error');
    expect(partText(el, 'message')).to.equal(commonMessages.fr.misconfigured);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.match(/^<event-banner> endpoint/);
  });
});
