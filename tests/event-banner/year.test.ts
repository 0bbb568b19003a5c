import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { jpo, mountWith, partText, spokenCountdown } from './helpers.js';

/**
 * The date carries the year when the event is not in the visitor's current year. The visitor's
 * year is that of their own clock and zone: these tests hold in any browser zone, the instants
 * picked two days from New Year or built from the local calendar.
 */
const january = { ...jpo, id: 'jpo-2027-01-09', startsAt: '2027-01-09T10:00:00+01:00', endsAt: '2027-01-09T17:00:00+01:00' };

describe('<event-banner> the year', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('shows the year of an event next year, in the date and the screen-reader sentence', async () => {
    const el = await mountWith({ events: [january] }, { attributes: { now: '2026-12-30T12:00:00Z' } });
    expect(partText(el, 'date')).to.equal('Samedi 9 janvier 2027');
    expect(spokenCountdown(el)).to.equal('Commence le samedi 9 janvier 2027 à 10:00.');
    const en = await mountWith({ events: [january] }, { lang: 'en', attributes: { now: '2026-12-30T12:00:00Z' } });
    expect(partText(en, 'date')).to.equal('Saturday, 9 January 2027');
    expect(spokenCountdown(en)).to.equal('Starts Saturday, 9 January 2027 at 10:00.');
  });

  it('leaves it out for an event this year', async () => {
    const el = await mountWith({ events: [january] }, { attributes: { now: '2027-01-02T12:00:00Z' } });
    expect(partText(el, 'date')).to.equal('Samedi 9 janvier');
    expect(spokenCountdown(el)).to.equal('Commence le samedi 9 janvier à 10:00.');
  });

  it('drops the year at the visitor’s midnight on New Year’s Eve, while counting down', async () => {
    // One second before midnight on 31 December 2026, on the visitor's own clock.
    clock = sinon.useFakeTimers({ now: new Date(2026, 11, 31, 23, 59, 59).getTime(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = await mountWith({ events: [january] });
    expect(partText(el, 'date')).to.equal('Samedi 9 janvier 2027');
    clock.tick(1000);
    await el.updateComplete;
    expect(partText(el, 'date')).to.equal('Samedi 9 janvier');
    expect(spokenCountdown(el)).to.equal('Commence le samedi 9 janvier à 10:00.');
  });

  it('shows both years of an event across New Year', async () => {
    const newYearsEve = { ...jpo, id: 'nye', startsAt: '2026-12-31T20:00:00+01:00', endsAt: '2027-01-01T02:00:00+01:00' };
    const el = await mountWith({ events: [newYearsEve] }, { attributes: { now: '2026-12-20T12:00:00Z' } });
    expect(partText(el, 'date')).to.equal('Jeudi 31 décembre 2026 – vendredi 1 janvier 2027');
  });
});
