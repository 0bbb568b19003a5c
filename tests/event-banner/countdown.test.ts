import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { EventBanner } from '../../src/event-banner/event-banner.js';
import { campusDay, jpo, mountWith, partText, shownCountdown, spokenCountdown, squish } from './helpers.js';

/**
 * Time under control: sinon fakes timers and Date (not fetch, not animation frames), so the
 * shared ticker fires when the test says, and the banner reads the clock the test set.
 */
let clock: sinon.SinonFakeTimers;
const fakeTime = (iso: string) => {
  clock = sinon.useFakeTimers({ now: Date.parse(iso), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
};
/** Moves the clock and waits for the banner to render what it shows. */
async function advance(el: EventBanner, ms: number): Promise<void> {
  clock.tick(ms);
  await el.updateComplete;
}
/** Moves the clock a second at a time, letting the banner render after each tick as a browser would. */
async function tickBy(el: EventBanner, seconds: number): Promise<void> {
  for (let tick = 0; tick < seconds; tick++) await advance(el, 1000);
}

let hidden = false;
function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<event-banner> countdown and clock', () => {
  before(() => Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden }));
  after(() => delete (document as { hidden?: boolean }).hidden);
  afterEach(async () => {
    hidden = false;
    clock?.restore();
    sinon.restore();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('counts down from the clock at each tick, then goes live at the start with campus-countdown-end', async () => {
    fakeTime('2026-11-14T09:59:57.500+01:00');
    const el = await mountWith({ events: [jpo] });
    const sentence = spokenCountdown(el);
    expect(sentence).to.equal('Commence le samedi 14 novembre à 10:00.');
    expect(shownCountdown(el)).to.equal('Début dans 3 secondes');
    await advance(el, 500);
    expect(shownCountdown(el)).to.equal('Début dans 2 secondes');
    await advance(el, 1000);
    expect(shownCountdown(el)).to.equal('Début dans 1 seconde');
    expect(spokenCountdown(el)).to.equal(sentence);
    const ended = oneEvent(el, 'campus-countdown-end');
    await advance(el, 1000);
    expect((await ended).detail).to.deep.equal({ eventId: 'jpo-2026-11-14' });
    expect(el.getAttribute('state')).to.equal('live');
    expect(partText(el, 'countdown')).to.equal('En ce moment');
  });

  it('never drifts: after a stalled main thread it shows the clock’s time, not a count of ticks', async () => {
    fakeTime('2026-11-13T10:00:00+01:00');
    const el = await mountWith({ events: [jpo] });
    expect(shownCountdown(el)).to.equal('Début dans 1 jour');
    clock.setSystemTime(Date.now() + 65_000); // 65 s pass without a timer firing
    await advance(el, 1000);
    expect(shownCountdown(el)).to.equal('Début dans 23 heures 58 minutes 54 secondes');
  });

  it('switches to the next event at the end, then to "ended" and stops ticking', async () => {
    fakeTime('2026-11-14T16:59:59+01:00');
    const el = await mountWith({ events: [jpo, campusDay] });
    const countdownEnds = sinon.spy();
    el.addEventListener('campus-countdown-end', countdownEnds);
    expect(el.state).to.equal('live');
    await advance(el, 1000);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'title')).to.equal(campusDay.title);
    expect(shownCountdown(el)).to.equal('Début dans 20 jours 17 heures');
    clock.setSystemTime(Date.parse('2026-12-05T16:59:59+01:00'));
    await advance(el, 1000);
    expect(el.getAttribute('state')).to.equal('ended');
    expect(el.shadowRoot!.children).to.have.length(0);
    expect(clock.countTimers()).to.equal(0);
    expect(countdownEnds.called).to.equal(false);
  });

  it('freezes the clock with `now`: no ticker runs, nothing changes', async () => {
    fakeTime('2026-11-01T12:00:00Z');
    const el = await mountWith({ events: [jpo] }, { attributes: { now: '2026-11-14T09:59:58+01:00' } });
    expect(shownCountdown(el)).to.equal('Début dans 2 secondes');
    expect(clock.countTimers()).to.equal(0);
    await advance(el, 10_000);
    expect(shownCountdown(el)).to.equal('Début dans 2 secondes');
    expect(el.state).to.equal('ready');
  });

  it('serves every banner from one shared ticker, and stops it when none is connected', async () => {
    fakeTime('2026-11-14T09:00:00+01:00');
    const banners = [await mountWith({ events: [jpo] }), await mountWith({ events: [jpo] }), await mountWith({ events: [campusDay] })];
    expect(clock.countTimers()).to.equal(1);
    clock.tick(1000);
    await Promise.all(banners.map((el) => el.updateComplete));
    expect(banners.map(shownCountdown).slice(0, 2)).to.deep.equal(['Début dans 59 minutes 59 secondes', 'Début dans 59 minutes 59 secondes']);
    banners[0]!.remove();
    banners[1]!.remove();
    expect(clock.countTimers()).to.equal(1);
    banners[2]!.remove();
    expect(clock.countTimers()).to.equal(0);
  });

  it('catches up at once when reconnected', async () => {
    fakeTime('2026-11-14T09:00:00+01:00');
    const el = await mountWith({ events: [jpo] });
    const parent = el.parentElement!;
    el.remove();
    clock.tick(30 * 60_000);
    parent.append(el);
    await el.updateComplete;
    expect(shownCountdown(el)).to.equal('Début dans 30 minutes');
  });

  it('pauses while the tab is hidden and catches up at once when it is visible again', async () => {
    fakeTime('2026-11-14T09:00:00+01:00');
    const el = await mountWith({ events: [jpo] });
    setHidden(true);
    expect(clock.countTimers()).to.equal(0);
    await advance(el, 90_000);
    expect(shownCountdown(el)).to.equal('Début dans 1 heure');
    clock.tick(400);
    setHidden(false);
    await el.updateComplete;
    expect(shownCountdown(el)).to.equal('Début dans 58 minutes 30 secondes');
    expect(clock.countTimers()).to.equal(1);
  });

  it('goes live by itself when the start passed while the tab was hidden', async () => {
    fakeTime('2026-11-14T09:59:00+01:00');
    const el = await mountWith({ events: [jpo] });
    setHidden(true);
    clock.tick(5 * 60_000);
    setHidden(false);
    await el.updateComplete;
    expect(el.state).to.equal('live');
  });

  it('counts in minutes with precision="minute", and renders only when the minute changes', async () => {
    fakeTime('2026-11-12T08:30:15+01:00');
    const el = await mountWith({ events: [jpo] }, { attributes: { precision: 'minute' } });
    expect(shownCountdown(el)).to.equal('Début dans 2 jours 1 heure 30 minutes');
    const renders = sinon.spy(el, 'render');
    const countdown = el.shadowRoot!.querySelector('[part="countdown"] [aria-hidden]')!;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(countdown, { subtree: true, characterData: true, childList: true });
    // 44 ticks within the same minute: no render at all, not just no change.
    await tickBy(el, 44);
    await Promise.resolve();
    expect(mutations).to.have.length(0);
    expect(renders.callCount).to.equal(0);
    await tickBy(el, 1);
    observer.disconnect();
    expect(shownCountdown(el)).to.equal('Début dans 2 jours 1 heure 29 minutes');
    expect(renders.callCount).to.equal(1);
    // The next minute: 60 more ticks, one more render.
    await tickBy(el, 60);
    expect(renders.callCount).to.equal(2);
    expect(shownCountdown(el)).to.equal('Début dans 2 jours 1 heure 28 minutes');
  });

  it('at minute precision renders at the minute and at the start; at second precision at every tick', async () => {
    fakeTime('2026-11-14T09:58:30+01:00');
    const el = await mountWith({ events: [jpo] }, { attributes: { precision: 'minute' } });
    const renders = sinon.spy(el, 'render');
    expect(shownCountdown(el)).to.equal('Début dans 2 minutes');
    await tickBy(el, 90);
    expect(el.state).to.equal('live');
    // 09:59:00 (one minute left), 10:00:00 (live), and nothing while live.
    expect(renders.callCount).to.equal(2);
    await tickBy(el, 60);
    expect(renders.callCount).to.equal(2);

    const seconds = await mountWith({ events: [jpo] }, { attributes: { now: '2026-11-14T09:00:00+01:00' } });
    seconds.now = null;
    clock.setSystemTime(Date.parse('2026-11-14T09:00:00+01:00'));
    await seconds.updateComplete;
    const everySecond = sinon.spy(seconds, 'render');
    await tickBy(seconds, 5);
    expect(everySecond.callCount).to.equal(5);
  });

  it('counts in minutes for a visitor who prefers reduced motion, whatever precision says', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    fakeTime('2026-11-12T08:30:15+01:00');
    const el = await mountWith({ events: [jpo] }, { lang: 'en', attributes: { precision: 'second' } });
    expect(shownCountdown(el)).to.equal('Starts in 2 days 1 hour 30 minutes');
    const changed = oneEvent(matchMedia('(prefers-reduced-motion: reduce)'), 'change');
    await emulateMedia({ reducedMotion: 'no-preference' });
    await changed;
    await el.updateComplete;
    expect(shownCountdown(el)).to.equal('Starts in 2 days 1 hour 29 minutes 45 seconds');
  });
});

describe('<event-banner> across the Europe/Paris DST changes', () => {
  afterEach(() => clock?.restore());

  it('29 March 2026: the day before at 10:00 is 23 hours before the start', async () => {
    const spring = { ...jpo, id: 'spring', startsAt: '2026-03-29T10:00:00+02:00', endsAt: '2026-03-29T17:00:00+02:00' };
    const el = await mountWith({ events: [spring] }, { attributes: { now: '2026-03-28T10:00:00+01:00' } });
    expect(partText(el, 'date')).to.equal('Dimanche 29 mars');
    expect(squish(el.shadowRoot!.querySelector('.time')!.textContent)).to.equal('10:00 – 17:00');
    expect(shownCountdown(el)).to.equal('Début dans 23 heures');
  });

  it('29 March 2026: ticks through the skipped hour and goes live at 03:00 summer time', async () => {
    fakeTime('2026-03-29T01:59:58+01:00');
    const early = { ...jpo, id: 'early', startsAt: '2026-03-29T03:00:00+02:00', endsAt: undefined };
    const el = await mountWith({ events: [early] });
    expect(shownCountdown(el)).to.equal('Début dans 2 secondes');
    expect(squish(el.shadowRoot!.querySelector('.time')!.textContent)).to.equal('03:00');
    await advance(el, 2000);
    expect(el.state).to.equal('live');
    // No end: it ends at midnight, summer time.
    clock.setSystemTime(Date.parse('2026-03-29T23:59:59+02:00'));
    await advance(el, 1000);
    expect(el.state).to.equal('ended');
  });

  it('25 October 2026: the day before at 10:00 is 25 hours before the start', async () => {
    const autumn = { ...jpo, id: 'autumn', startsAt: '2026-10-25T10:00:00+01:00', endsAt: '2026-10-25T17:00:00+01:00' };
    const el = await mountWith({ events: [autumn] }, { lang: 'en', attributes: { now: '2026-10-24T10:00:00+02:00' } });
    expect(partText(el, 'date')).to.equal('Sunday 25 October');
    expect(shownCountdown(el)).to.equal('Starts in 1 day 1 hour');
  });

  it('25 October 2026: a whole-day event lasts the 25 hours of that day', async () => {
    fakeTime('2026-10-24T23:59:59+02:00');
    const day = { ...jpo, id: 'whole-day', startsAt: '2026-10-25', endsAt: undefined };
    const el = await mountWith({ events: [day] });
    expect(shownCountdown(el)).to.equal('Début dans 1 seconde');
    await advance(el, 1000);
    expect(el.state).to.equal('live');
    // 24 hours after midnight (summer time) it is only 23:00 winter time: still live.
    clock.setSystemTime(Date.parse('2026-10-25T23:00:00+01:00'));
    await advance(el, 1000);
    expect(el.state).to.equal('live');
    clock.setSystemTime(Date.parse('2026-10-25T23:59:59+01:00'));
    await advance(el, 1000);
    expect(el.state).to.equal('ended');
  });
});
