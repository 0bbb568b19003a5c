import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { EventBanner } from '../../src/event-banner/event-banner.js';
import { jpo, mountWith, omit, part } from './helpers.js';

const BEFORE = '2026-11-12T08:30:15+01:00';

/** 100+ characters of accented text, with the commas and semicolons iCalendar must escape. */
const LONG_TITLE =
  'Journée portes ouvertes; ateliers, démonstrations, rencontres: écoles d’ingénieurs, études à l’étranger; Noël à Pâques, été à l’hôpital — réservez, ça se complète vite';

/** Mounts a banner with `calendar` and waits for its links, loaded from their own chunk. */
async function mountCalendar(event: object, options: { lang?: string; now?: string } = {}): Promise<EventBanner> {
  const el = await mountWith({ events: [event] }, { lang: options.lang, attributes: { now: options.now ?? BEFORE, calendar: '' } });
  await waitUntil(() => part(el, 'calendar'), 'no calendar links');
  return el;
}

const links = (el: EventBanner) => [...part(el, 'calendar')!.querySelectorAll('a')];
const link = (el: EventBanner, index: number) => links(el)[index]!;

/** The `.ics` text behind the download link. */
function icsText(el: EventBanner): string {
  const href = link(el, 0).getAttribute('href')!;
  expect(href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
}

/** Parsed by a real iCalendar reader (ical.js, Mozilla's, as Thunderbird uses). */
function parsedEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** Stops the page from following a link; the event listeners still run. */
function stay(event: Event) {
  event.preventDefault();
}

describe('<event-banner calendar>', () => {
  beforeEach(() => window.addEventListener('click', stay));
  afterEach(() => window.removeEventListener('click', stay));

  // First in this file: the calendar chunk is not loaded yet in this page.
  it('shows the event only together with its calendar links, which never push the page down after it', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE, calendar: '' } });
    const shownAlone = () => !!part(el, 'banner') && !part(el, 'calendar');
    let seenAlone = shownAlone();
    const observer = new MutationObserver(() => (seenAlone ||= shownAlone()));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await waitUntil(() => el.state === 'ready', 'never ready');
    await el.updateComplete;
    observer.disconnect();
    expect(seenAlone, 'the banner showed without its links').to.equal(false);
    expect(part(el, 'calendar')).not.to.equal(null);
  });

  it('shows "Ajouter à mon agenda" with an .ics file, Google and Outlook links, accessible', async () => {
    const el = await mountCalendar(jpo);
    const block = part(el, 'calendar')!;
    expect(block.textContent).to.match(/^\s*Ajouter à mon agenda\u00a0:/);
    expect(links(el).map((a) => a.textContent)).to.deep.equal(['Fichier .ics (Apple, Outlook…)', 'Google Agenda', 'Outlook.com']);
    expect(link(el, 0).getAttribute('download')).to.equal('jpo-2026-11-14.ics');
    expect(new URL(link(el, 1).href).host).to.equal('calendar.google.com');
    expect(new URL(link(el, 2).href).host).to.equal('outlook.live.com');
    await expect(el).to.be.accessible();
    const en = await mountCalendar(jpo, { lang: 'en' });
    expect(part(en, 'calendar')!.textContent).to.match(/^\s*Add to calendar:/);
    expect(links(en).map((a) => a.textContent)).to.deep.equal(['.ics file (Apple, Outlook…)', 'Google Calendar', 'Outlook.com']);
    await expect(en).to.be.accessible();
  });

  it('shows no calendar links without the attribute, nor for a postponed event', async () => {
    const plain = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE } });
    expect(part(plain, 'calendar')).to.equal(null);
    const postponed = await mountWith({ events: [{ ...jpo, status: 'postponed' }] }, { attributes: { now: BEFORE, calendar: '' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(part(postponed, 'calendar')).to.equal(null);
  });

  it('the .ics round-trips through a real iCalendar parser: start, end, zone, title, location, URL', async () => {
    const el = await mountCalendar(jpo);
    const { calendar, vevent, event } = parsedEvent(icsText(el));
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string');
    expect(event.uid).to.equal(`jpo-2026-11-14@${location.hostname}`);
    expect(event.summary).to.equal(jpo.title);
    expect(event.description).to.equal(jpo.description);
    expect(event.location).to.equal('En ligne');
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://school.example/inscription');
    expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse(jpo.startsAt));
    expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse(jpo.endsAt));
    // Written in UTC: the zone every calendar reads without a VTIMEZONE.
    expect(event.startDate.zone!.tzid).to.equal('UTC');
    expect(event.endDate.zone!.tzid).to.equal('UTC');
    expect(vevent.getFirstPropertyValue('dtstamp')).to.be.an.instanceOf(ICAL.Time);
  });

  it('escapes and folds a title with commas, semicolons and 100+ accented characters, and keeps it whole', async () => {
    const place = 'Campus Nord, bâtiment B; salle 2';
    const description = 'Première ligne\nDeuxième ligne, avec « guillemets »; et \\ une barre';
    const el = await mountCalendar({ ...jpo, title: LONG_TITLE, description, location: { name: place, online: false } });
    const ics = icsText(el);
    expect(ics.endsWith('\r\n')).to.equal(true);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length, line).to.be.at.most(75);
    expect(ics).not.to.match(/[^\r]\n/);
    expect(ics).to.include('SUMMARY:Journée portes ouvertes\\; ateliers\\, démonstrations\\,');
    const { event } = parsedEvent(ics);
    expect(LONG_TITLE.length).to.be.greaterThan(100);
    expect(event.summary).to.equal(LONG_TITLE);
    expect(event.location).to.equal(place);
    expect(event.description).to.equal(description);
  });

  it('writes a whole-day event as dates, its end the next day', async () => {
    const el = await mountCalendar({ ...jpo, startsAt: '2026-11-14', endsAt: undefined });
    const ics = icsText(el);
    expect(ics).to.include('DTSTART;VALUE=DATE:20261114\r\n');
    expect(ics).to.include('DTEND;VALUE=DATE:20261115\r\n');
    const { event } = parsedEvent(ics);
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2026-11-14');
    expect(event.endDate.toString()).to.equal('2026-11-15');
    const google = new URL(link(el, 1).href).searchParams;
    expect(google.get('dates')).to.equal('20261114/20261115');
    const outlook = new URL(link(el, 2).href).searchParams;
    expect([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')]).to.deep.equal(['2026-11-14', '2026-11-15', 'true']);
  });

  it('Google and Outlook links carry the right dates, title, place and details', async () => {
    const el = await mountCalendar({ ...jpo, title: LONG_TITLE });
    const google = new URL(link(el, 1).href);
    expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('action')).to.equal('TEMPLATE');
    expect(google.searchParams.get('text')).to.equal(LONG_TITLE);
    // 10:00–17:00 in Paris (UTC+1 in November) is 09:00–16:00 UTC.
    expect(google.searchParams.get('dates')).to.equal('20261114T090000Z/20261114T160000Z');
    expect(google.searchParams.get('ctz')).to.equal('Europe/Paris');
    expect(google.searchParams.get('location')).to.equal('En ligne');
    expect(google.searchParams.get('details')).to.equal(`${jpo.description}\n\nhttps://school.example/inscription`);
    expect(link(el, 1).target).to.equal('_blank');
    expect(link(el, 1).rel).to.equal('noopener');

    const outlook = new URL(link(el, 2).href);
    expect(outlook.origin + outlook.pathname).to.equal('https://outlook.live.com/calendar/0/action/compose');
    expect(outlook.search).not.to.include('+');
    expect(outlook.searchParams.get('rru')).to.equal('addevent');
    expect(outlook.searchParams.get('subject')).to.equal(LONG_TITLE);
    expect(outlook.searchParams.get('startdt')).to.equal('2026-11-14T09:00:00Z');
    expect(outlook.searchParams.get('enddt')).to.equal('2026-11-14T16:00:00Z');
    expect(outlook.searchParams.get('allday')).to.equal('false');
    expect(outlook.searchParams.get('location')).to.equal('En ligne');
  });

  it('an event with an offset and no zone: UTC instants, no ctz; no place or link: no LOCATION or URL', async () => {
    const bare = { ...omit(jpo, 'timeZone', 'location', 'registration', 'description'), startsAt: '2026-11-14T10:00:00-05:00', endsAt: '2026-11-14T12:30:00-05:00' };
    const el = await mountCalendar(bare);
    const ics = icsText(el);
    expect(ics).to.include('DTSTART:20261114T150000Z\r\n');
    expect(ics).to.include('DTEND:20261114T173000Z\r\n');
    expect(ics).not.to.match(/^(LOCATION|URL|DESCRIPTION)/m);
    const google = new URL(link(el, 1).href).searchParams;
    expect(google.get('dates')).to.equal('20261114T150000Z/20261114T173000Z');
    expect(google.has('ctz')).to.equal(false);
  });

  it('fires campus-calendar-add with the event id and the kind of link followed with the mouse', async () => {
    const el = await mountCalendar(jpo);
    for (const [index, kind] of ['ics', 'google', 'outlook'].entries()) {
      const box = link(el, index).getBoundingClientRect();
      const added = oneEvent(document, 'campus-calendar-add');
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      const event = await added;
      expect(event.detail).to.deep.equal({ eventId: 'jpo-2026-11-14', kind });
      expect(event.bubbles && event.composed).to.equal(true);
    }
  });
});
