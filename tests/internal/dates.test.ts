import { expect } from '@open-wc/testing';
import { offsetFormat } from '../../src/event-banner/time.js';
import { dateFormat, machineDate, numberFormat, readTime } from '../../src/internal/dates.js';

describe('readTime', () => {
  it('reads dates, date-times with Z or an offset, and floating date-times', () => {
    expect(readTime('2026-11-14')).to.deep.equal({ wall: Date.UTC(2026, 10, 14), dateOnly: true });
    expect(readTime('2026-11-14T10:00:00Z')).to.deep.equal({ wall: Date.UTC(2026, 10, 14, 10), offset: 0, dateOnly: false });
    expect(readTime('2026-11-14T10:00:00.250+05:30')).to.deep.equal({ wall: Date.UTC(2026, 10, 14, 10), offset: 330, dateOnly: false });
    expect(readTime('2026-11-14T10:00-0300')).to.deep.equal({ wall: Date.UTC(2026, 10, 14, 10), offset: -180, dateOnly: false });
    expect(readTime('2026-11-14T10:00')).to.deep.equal({ wall: Date.UTC(2026, 10, 14, 10), dateOnly: false });
  });

  it('refuses what is not a real ISO date', () => {
    for (const value of ['2026-13-01', '2026-00-10', '2026-02-29', '2026-11-14T24:00', '2026-11-14T10:60', '2026-11-14Z', '14/11/2026', 'tomorrow', '2026-11-14T10:00:00+1']) {
      expect(readTime(value), value).to.equal(undefined);
    }
  });
});

describe('machineDate', () => {
  it('writes the instant in UTC, or the day alone for a whole day', () => {
    expect(machineDate(Date.UTC(2026, 10, 14, 9))).to.equal('2026-11-14T09:00:00.000Z');
    expect(machineDate(new Date(Date.UTC(2020, 8, 1)), true)).to.equal('2020-09-01');
  });
});

describe('dateFormat', () => {
  it('writes French dates, and British English ones (day before month)', () => {
    const day = Date.UTC(2026, 10, 14);
    expect(dateFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(day)).to.equal('14 novembre 2026');
    expect(dateFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(day)).to.equal('14 November 2026');
  });

  it('builds each format once per options object and locale, so a tick costs two map reads', () => {
    const month: Intl.DateTimeFormatOptions = { month: 'long' };
    expect(dateFormat('fr', month)).to.equal(dateFormat('fr', month));
    expect(dateFormat('fr', month)).not.to.equal(dateFormat('en', month));
  });
});

describe('numberFormat', () => {
  const minutes: Intl.NumberFormatOptions = { style: 'unit', unit: 'minute', unitDisplay: 'long' };

  it('writes units in words, in the locale', () => {
    expect(numberFormat('fr', minutes).format(4)).to.equal('4 minutes');
    expect(numberFormat('en', minutes).format(1)).to.equal('1 minute');
  });

  it('builds each format once per options object and locale', () => {
    expect(numberFormat('fr', minutes)).to.equal(numberFormat('fr', minutes));
    expect(numberFormat('fr', minutes)).not.to.equal(numberFormat('en', minutes));
  });
});

describe('offsetFormat', () => {
  it('writes the offset of a zone at an instant, built once per zone', () => {
    expect(offsetFormat('Europe/Paris').format(Date.UTC(2026, 10, 14))).to.contain('GMT+01:00');
    expect(offsetFormat('Europe/Paris').format(Date.UTC(2026, 6, 14))).to.contain('GMT+02:00');
    expect(offsetFormat('Europe/Paris')).to.equal(offsetFormat('Europe/Paris'));
  });

  it('throws a RangeError for a zone Intl does not know', () => {
    expect(() => offsetFormat('Mars/Olympus_Mons')).to.throw(RangeError);
  });
});
