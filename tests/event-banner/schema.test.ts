import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { LoadError } from '../../src/internal/load-json.js';
import { parseOpenDays, type OpenDay } from '../../src/event-banner/schema.js';
import { jpo, omit } from './helpers.js';

const base = new URL('https://school.example/api/open-days');

/** The native payload parses to itself, plus the status a payload without one has. */
const expected: OpenDay = { ...jpo, status: 'scheduled' };

const ldEvent = {
  '@context': 'https://schema.org',
  '@type': 'EducationEvent',
  '@id': 'https://school.example/jpo#2026-11-14',
  name: 'Journée Portes Ouvertes Digitale',
  description: jpo.description,
  startDate: '2026-11-14T10:00:00+01:00',
  endDate: '2026-11-14T17:00:00+01:00',
  eventStatus: 'https://schema.org/EventScheduled',
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  location: { '@type': 'VirtualLocation', url: 'https://meet.example/jpo' },
  offers: { '@type': 'Offer', url: '/inscription', price: 0 },
};

async function invalid(json: unknown): Promise<LoadError> {
  try {
    await parseOpenDays(json, base);
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('expected the payload to be rejected');
}

describe('parseOpenDays', () => {
  it('reads the native { events } list, ignoring unknown fields', async () => {
    expect(await parseOpenDays({ events: [{ ...jpo, extra: 1 }], meta: {} }, base)).to.deep.equal([expected]);
  });

  it('reads a single native event object', async () => {
    const [event] = await parseOpenDays({ ...omit(jpo, 'description', 'endsAt', 'location', 'registration'), description: '' }, base);
    expect(event).to.deep.equal({
      id: 'jpo-2026-11-14',
      title: jpo.title,
      startsAt: jpo.startsAt,
      timeZone: 'Europe/Paris',
      status: 'scheduled',
    });
  });

  it('reads a schema.org EducationEvent object: offers.url resolved against the endpoint, online from the attendance mode', async () => {
    expect(await parseOpenDays(ldEvent, base)).to.deep.equal([
      {
        id: 'https://school.example/jpo#2026-11-14',
        title: 'Journée Portes Ouvertes Digitale',
        description: jpo.description,
        startsAt: '2026-11-14T10:00:00+01:00',
        endsAt: '2026-11-14T17:00:00+01:00',
        status: 'scheduled',
        location: { online: true },
        registration: { url: 'https://school.example/inscription' },
      },
    ]);
  });

  it('reads a JSON-LD array and an @graph, keeping only the Event nodes', async () => {
    const place = { ...ldEvent, '@type': 'Event', '@id': 'campus', location: { '@type': 'Place', name: 'Campus de Paris' }, eventAttendanceMode: undefined };
    const nodes = [{ '@type': 'WebPage', name: 'Agenda' }, ldEvent, { '@type': 'Organization', name: 'École' }, place];
    const fromArray = await parseOpenDays(nodes, base);
    const fromGraph = await parseOpenDays({ '@context': 'https://schema.org', '@graph': nodes }, base);
    expect(fromArray.map((event) => event.id)).to.deep.equal(['https://school.example/jpo#2026-11-14', 'campus']);
    expect(fromGraph).to.deep.equal(fromArray);
    expect(fromGraph[1]!.location).to.deep.equal({ name: 'Campus de Paris', online: false });
  });

  it('takes the event page url when there is no offer, and an id from identifier, url or name + date', async () => {
    const anonymous = omit(ldEvent, '@id', 'offers');
    const [byUrl] = await parseOpenDays({ ...anonymous, url: 'https://school.example/jpo' }, base);
    expect(byUrl!.id).to.equal('https://school.example/jpo');
    expect(byUrl!.registration).to.deep.equal({ url: 'https://school.example/jpo' });
    expect((await parseOpenDays({ ...anonymous, identifier: 'jpo-1' }, base))[0]!.id).to.equal('jpo-1');
    expect((await parseOpenDays(anonymous, base))[0]!.id).to.equal('Journée Portes Ouvertes Digitale 2026-11-14T10:00:00+01:00');
  });

  it('skips cancelled events and maps the other schema.org statuses', async () => {
    const statuses = ['EventCancelled', 'https://schema.org/EventPostponed', 'http://schema.org/EventRescheduled', 'schema:EventMovedOnline', 'EventScheduled'];
    const events = await parseOpenDays(statuses.map((eventStatus, i) => ({ ...ldEvent, '@id': `e${i}`, eventStatus })), base);
    expect(events.map((event) => [event.id, event.status])).to.deep.equal([
      ['e1', 'postponed'],
      ['e2', 'rescheduled'],
      ['e3', 'moved-online'],
      ['e4', 'scheduled'],
    ]);
    expect((await parseOpenDays({ events: [{ ...jpo, status: 'cancelled' }, { ...jpo, id: 'b', status: 'moved-online' }] }, base)).map((e) => e.status)).to.deep.equal(['moved-online']);
  });

  it('accepts a date without a time', async () => {
    expect((await parseOpenDays({ ...ldEvent, startDate: '2026-11-14', endDate: undefined }, base))[0]!.startsAt).to.equal('2026-11-14');
  });

  it('drops an unsafe registration URL but keeps the event', async () => {
    for (const url of ['javascript:alert(1)', 'java\tscript:alert(1)', ' data:text/html,x', 'vbscript:x']) {
      const [event] = await parseOpenDays({ ...jpo, registration: { url, label: 'Go' } }, base);
      expect(event!.title).to.equal(jpo.title);
      expect(event!.registration, url).to.equal(undefined);
    }
    const [ld] = await parseOpenDays({ ...ldEvent, offers: [{ url: 'javascript:alert(1)' }, { url: 'https://ok.example/' }] }, base);
    expect(ld!.registration).to.deep.equal({ url: 'https://ok.example/' });
  });

  it('ignores a time zone that Intl does not know', async () => {
    expect((await parseOpenDays({ ...jpo, timeZone: 'Mars/Olympus' }, base))[0]).not.to.have.property('timeZone');
  });

  it('gives an empty list for an empty list or a graph without events', async () => {
    expect(await parseOpenDays({ events: [] }, base)).to.deep.equal([]);
    expect(await parseOpenDays({ '@graph': [{ '@type': 'WebPage' }] }, base)).to.deep.equal([]);
  });

  it('rejects a missing required field, a wrong type or a bad date with the issues', async () => {
    expect((await invalid({ events: [{ ...jpo, title: undefined }] })).issues![0]!.path).to.equal('events.0.title');
    expect((await invalid({ events: [{ ...jpo, startsAt: '14/11/2026 10h' }] })).issues![0]!.path).to.equal('events.0.startsAt');
    expect((await invalid({ events: [{ ...jpo, startsAt: '2026-02-30T10:00:00Z' }] })).issues![0]!.path).to.equal('events.0.startsAt');
    expect((await invalid({ events: 'soon' })).reason).to.equal('invalid-response');
    expect((await invalid({ ...jpo, location: { online: 'yes' } })).issues![0]!.path).to.equal('location.online');
    // JSON-LD is checked once mapped onto the native fields: `name` is reported as `title`.
    expect((await invalid({ ...ldEvent, name: undefined })).issues![0]!.path).to.equal('0.title');
    expect((await invalid({ ...jpo, id: 42 })).issues![0]!.path).to.equal('id');
    expect((await invalid({ ...jpo, description: null })).issues![0]!.path).to.equal('description');
    expect((await invalid({ status: 'ok', data: '<html>maintenance</html>' })).reason).to.equal('invalid-response');
    expect((await invalid(null)).reason).to.equal('invalid-response');
  });

  it('leaves out an invalid event of a list, with one warning per endpoint naming it, and keeps the others', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const payload = { events: [{ ...jpo, title: '  ' }, { ...jpo, id: 'second' }, { ...jpo, id: 'third', startsAt: 'soon' }] };
      const endpoint = new URL('https://school.example/api/tolerant');
      expect((await parseOpenDays(payload, endpoint)).map((event) => event.id)).to.deep.equal(['second']);
      await parseOpenDays(payload, endpoint);
      expect(warn.callCount, 'once per endpoint').to.equal(1);
      expect(warn.firstCall.args[0]).to.include(endpoint.href).and.include('events.0.title must not be blank').and.include('events.2.startsAt');
    } finally {
      warn.restore();
    }
  });

  it('keeps bidirectional overrides and control characters out of the text', async () => {
    const [event] = await parseOpenDays({ ...jpo, title: 'JPO \u202eetalp\u202c 2026\u0007', location: { name: 'Campus\u2066 B' } }, base);
    expect(event).to.deep.include({ title: 'JPO etalp 2026', location: { name: 'Campus B', online: false } });
  });
});
