import { expect } from '@open-wc/testing';

/**
 * The browser tests run in America/New_York (web-test-runner.config.mjs): a date test that drops
 * a conversion to or from UTC fails there. Should the setting stop taking effect (another
 * launcher, a browser that ignores TZ), this fails rather than every date test passing in UTC.
 */
describe('the browser under test', () => {
  it('runs in America/New_York, west of UTC, with daylight saving', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).to.equal(300);
    expect(new Date('2026-07-15T12:00:00Z').getTimezoneOffset()).to.equal(240);
  });
});
