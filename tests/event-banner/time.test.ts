import { expect } from '@open-wc/testing';
import type { OpenDay } from '../../src/event-banner/schema.js';
import { endOfDay, offsetAt, schedule } from '../../src/event-banner/time.js';

const at = (iso: string) => Date.parse(iso);
const event = (fields: Partial<OpenDay>): OpenDay => ({ id: 'e', title: 'JPO', startsAt: '2026-11-14T10:00:00+01:00', status: 'scheduled', ...fields });

describe('time zones', () => {
  it('knows the Europe/Paris offsets on both sides of the 2026 DST changes', () => {
    expect(offsetAt('Europe/Paris', at('2026-03-29T00:59:59Z'))).to.equal(60);
    expect(offsetAt('Europe/Paris', at('2026-03-29T01:00:00Z'))).to.equal(120);
    expect(offsetAt('Europe/Paris', at('2026-10-25T00:59:59Z'))).to.equal(120);
    expect(offsetAt('Europe/Paris', at('2026-10-25T01:00:00Z'))).to.equal(60);
    expect(offsetAt(330, 0)).to.equal(330);
  });

  it('ends a day at the next midnight of the zone: 23 hours on 29 March, 25 hours on 25 October', () => {
    const march = at('2026-03-29T00:00:00+01:00');
    expect(endOfDay(march, 'Europe/Paris') - march).to.equal(23 * 3_600_000);
    const october = at('2026-10-25T00:00:00+02:00');
    expect(endOfDay(october, 'Europe/Paris') - october).to.equal(25 * 3_600_000);
  });
});

describe('schedule', () => {
  it('displays in the event zone, else the time-zone attribute, else the written offset', () => {
    const own = schedule([event({ timeZone: 'Asia/Tokyo' })], 'America/Montreal')[0]!;
    const attribute = schedule([event({})], 'America/Montreal')[0]!;
    const offset = schedule([event({})], undefined)[0]!;
    expect([own.zone, attribute.zone, offset.zone]).to.deep.equal(['Asia/Tokyo', 'America/Montreal', 60]);
    // The instant is what was written, whatever the display zone.
    expect(new Set([own.start, attribute.start, offset.start])).to.deep.equal(new Set([at('2026-11-14T09:00:00Z')]));
  });

  it('ends an event without end at the end of its start day, in its zone', () => {
    const [paris] = schedule([event({ timeZone: 'Europe/Paris' })], undefined);
    expect(paris!.end).to.equal(at('2026-11-15T00:00:00+01:00'));
    expect(paris!.endGiven).to.equal(false);
    const [tokyo] = schedule([event({ timeZone: 'Asia/Tokyo' })], undefined);
    expect(tokyo!.end).to.equal(at('2026-11-15T00:00:00+09:00'));
    // An end before the start is no end.
    const [backwards] = schedule([event({ endsAt: '2026-11-14T09:00:00+01:00' })], undefined);
    expect([backwards!.end, backwards!.endGiven]).to.deep.equal([at('2026-11-15T00:00:00+01:00'), false]);
  });

  it('makes a date-only event the whole day in its zone, across DST changes', () => {
    const [march] = schedule([event({ startsAt: '2026-03-29' })], 'Europe/Paris');
    expect([march!.start, march!.end, march!.allDay]).to.deep.equal([at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'), true]);
    const [october] = schedule([event({ startsAt: '2026-10-25', timeZone: 'Europe/Paris' })], undefined);
    expect([october!.start, october!.end]).to.deep.equal([at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z')]);
    // An end date includes its day.
    const [weekend] = schedule([event({ startsAt: '2026-11-14', endsAt: '2026-11-15', timeZone: 'Europe/Paris' })], undefined);
    expect([weekend!.start, weekend!.end, weekend!.endGiven]).to.deep.equal([at('2026-11-13T23:00:00Z'), at('2026-11-15T23:00:00Z'), true]);
  });

  it('reads a time written without offset in the display zone, summer or winter', () => {
    const [winter, summer] = schedule(
      [event({ id: 's', startsAt: '2026-03-29T10:00', endsAt: '2026-03-29T17:00' }), event({ id: 'w', startsAt: '2026-03-28T10:00' })],
      'Europe/Paris',
    );
    expect([winter!.id, winter!.start]).to.deep.equal(['w', at('2026-03-28T09:00:00Z')]);
    expect([summer!.id, summer!.start, summer!.end]).to.deep.equal(['s', at('2026-03-29T08:00:00Z'), at('2026-03-29T15:00:00Z')]);
  });

  it('reads a time written without offset or zone in the visitor’s own zone, not in UTC', () => {
    // The browser under test is in New York (tests/internal/time-zone.test.ts): EST in November, EDT in July.
    const [summer, winter] = schedule(
      [event({ id: 'w', startsAt: '2026-11-14T10:00', endsAt: '2026-11-14T17:00' }), event({ id: 's', startsAt: '2026-07-14T10:00' })],
      undefined,
    );
    expect([summer!.id, summer!.start, summer!.end]).to.deep.equal(['s', at('2026-07-14T10:00:00-04:00'), at('2026-07-15T00:00:00-04:00')]);
    expect([winter!.id, winter!.start, winter!.end]).to.deep.equal(['w', at('2026-11-14T10:00:00-05:00'), at('2026-11-14T17:00:00-05:00')]);
  });

  it('sorts events by start', () => {
    const events = schedule([event({ id: 'late', startsAt: '2026-12-05T10:00:00+01:00' }), event({ id: 'early' })], undefined);
    expect(events.map((e) => e.id)).to.deep.equal(['early', 'late']);
  });
});
