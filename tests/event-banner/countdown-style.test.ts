import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { EventBanner } from '../../src/event-banner/event-banner.js';
import { jpo, mountWith, part, shownCountdown } from './helpers.js';

const START = Date.parse(jpo.startsAt);
/** The frozen clock `seconds` before the start, as the `now` attribute takes it. */
const before = (seconds: number) => new Date(START - seconds * 1000).toISOString();

const TWO_DAYS_TWO_HOURS_EIGHT_SECONDS = 2 * 86_400 + 2 * 3_600 + 8;

/** What each style shows, in each locale, at 2 d 2 h 0 min 8 s, at 11 s and at exactly 1 day. */
const EXPECTED: Array<[seconds: number, style: string, fr: string, en: string]> = [
  [TWO_DAYS_TWO_HOURS_EIGHT_SECONDS, 'words', 'Début dans 2 jours 2 heures 8 secondes', 'Starts in 2 days 2 hours 8 seconds'],
  [TWO_DAYS_TWO_HOURS_EIGHT_SECONDS, 'clock', 'Début dans 2 j 02 h 00 min 08 s', 'Starts in 2 d 02 h 00 min 08 s'],
  [11, 'words', 'Début dans 11 secondes', 'Starts in 11 seconds'],
  [11, 'clock', 'Début dans 00 min 11 s', 'Starts in 00 min 11 s'],
  [86_400, 'words', 'Début dans 1 jour', 'Starts in 1 day'],
  [86_400, 'clock', 'Début dans 1 j 00 h 00 min 00 s', 'Starts in 1 d 00 h 00 min 00 s'],
];

describe('<event-banner> countdown-style', () => {
  afterEach(() => sinon.restore());

  for (const [seconds, style, fr, en] of EXPECTED) {
    it(`${style} at ${seconds} s: "${fr}" / "${en}"`, async () => {
      for (const [lang, text] of [['fr', fr], ['en', en]] as const) {
        const el = await mountWith({ events: [jpo] }, { lang, attributes: { now: before(seconds), 'countdown-style': style } });
        expect(shownCountdown(el), lang).to.equal(text);
        // Never a zero unit in words.
        if (style === 'words') expect(shownCountdown(el)).not.to.match(/\b0 /);
      }
    });
  }

  it('words by default, and at minute precision "2 jours 2 heures 1 minute"', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: before(TWO_DAYS_TWO_HOURS_EIGHT_SECONDS), precision: 'minute' } });
    expect(shownCountdown(el)).to.equal('Début dans 2 jours 2 heures 1 minute');
    el.countdownStyle = 'clock';
    await el.updateComplete;
    expect(shownCountdown(el)).to.equal('Début dans 2 j 02 h 01 min');
  });

  it('shows its digits in tabular figures, and screen readers the same sentence in both styles', async () => {
    for (const style of ['words', 'clock']) {
      const el = await mountWith({ events: [jpo] }, { attributes: { now: before(11), 'countdown-style': style } });
      const digits = part(el, 'countdown')!.querySelector('b')!;
      expect(getComputedStyle(digits).fontVariantNumeric).to.equal('tabular-nums');
      expect(squishSentence(el)).to.equal('Commence le samedi 14 novembre à 10:00.');
      await expect(el).to.be.accessible();
    }
  });

  it('warns once about an unknown countdown-style and uses words', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await mountWith({ events: [jpo] }, { attributes: { now: before(11), 'countdown-style': 'digital' } });
    expect(shownCountdown(el)).to.equal('Début dans 11 secondes');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.equal('<event-banner> countdown-style: "digital" is not valid; using words.');
  });
});

const squishSentence = (el: EventBanner) => part(el, 'countdown')!.querySelector('.visually-hidden')!.textContent;

describe('<event-banner> a ticking countdown keeps its size', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => clock?.restore());

  // "2 secondes" → "1 seconde", 9 → 10, a minute boundary: the text's width changes, its box must not.
  for (const style of ['words', 'clock']) {
    for (const width of [1280, 600, 360]) {
      it(`${style}, ${width} px wide: the countdown and the banner keep their width and height over 70 ticks across a minute boundary`, async () => {
        // 2 d 2 h 0 min 8 s before the start: the minutes go 0 → 59 after 8 ticks.
        clock = sinon.useFakeTimers({ now: START - TWO_DAYS_TWO_HOURS_EIGHT_SECONDS * 1000 - 400, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
        const el = await mountWith({ events: [jpo] }, { attributes: { 'countdown-style': style } });
        el.parentElement!.style.width = `${width}px`;
        await el.updateComplete;
        const countdown = part(el, 'countdown')!;
        const size = () => {
          const banner = el.getBoundingClientRect();
          const box = countdown.getBoundingClientRect();
          return `banner ${banner.width}×${banner.height}, countdown ${box.width}×${box.height}`;
        };
        const first = size();
        const texts = new Set<string>();
        for (let tick = 0; tick < 70; tick++) {
          clock.tick(1000);
          await el.updateComplete;
          texts.add(shownCountdown(el));
          expect(size(), `after ${tick + 1} ticks: ${shownCountdown(el)}`).to.equal(first);
        }
        expect(texts.size).to.equal(70);
        expect([...texts].some((text) => /59 min/.test(text))).to.equal(true);
      });
    }
  }
});
