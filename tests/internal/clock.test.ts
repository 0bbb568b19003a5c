import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { onTick } from '../../src/internal/clock.js';

/** `document.hidden` as the tests say; `visibilitychange` dispatched by hand. */
let hidden = false;
function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('clock: the shared ticker', () => {
  let clock: sinon.SinonFakeTimers;
  const stops: Array<() => void> = [];
  const listen = (calls: number[] = []) => {
    stops.push(onTick((now) => calls.push(now)));
    return calls;
  };
  const start = Date.UTC(2026, 10, 14, 9, 0, 0, 250);

  before(() => Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden }));
  after(() => delete (document as { hidden?: boolean }).hidden);
  beforeEach(() => {
    hidden = false;
    clock = sinon.useFakeTimers({ now: start, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    clock.restore();
  });

  it('ticks on each second of the wall clock, whenever it was started', () => {
    const calls = listen();
    clock.tick(749);
    expect(calls).to.deep.equal([]);
    clock.tick(1);
    clock.tick(2000);
    expect(calls).to.deep.equal([start + 750, start + 1750, start + 2750]);
    expect(calls.every((now) => now % 1000 === 0)).to.equal(true);
  });

  it('re-aligns after a late tick instead of drifting', () => {
    const calls: number[] = [];
    // A busy main thread: the listener takes 300 ms, so the next timer is set from a later time.
    stops.push(onTick((now) => {
      calls.push(now);
      clock.setSystemTime(Date.now() + 300);
    }));
    clock.tick(750 + 1000 + 1000);
    expect(calls.map((now) => now % 1000)).to.deep.equal([0, 0, 0]);
  });

  it('runs one timer for every listener, and none once the last one leaves', () => {
    const a = listen();
    const b = listen();
    listen();
    expect(clock.countTimers()).to.equal(1);
    clock.tick(750);
    expect([a.length, b.length]).to.deep.equal([1, 1]);
    stops.splice(0, 2).forEach((stop) => stop());
    expect(clock.countTimers()).to.equal(1);
    stops.splice(0).forEach((stop) => stop());
    expect(clock.countTimers()).to.equal(0);
    clock.tick(5000);
    expect(a.length).to.equal(1);
  });

  it('is harmless to stop twice or from inside a tick', () => {
    const calls: number[] = [];
    const stop = onTick((now) => {
      calls.push(now);
      stop();
    });
    const other = listen();
    clock.tick(2750);
    expect(calls).to.have.length(1);
    expect(other).to.have.length(3);
    stop();
    expect(clock.countTimers()).to.equal(1);
  });

  it('stops while the tab is hidden and ticks at once when it comes back', () => {
    const calls = listen();
    clock.tick(750);
    setHidden(true);
    expect(clock.countTimers()).to.equal(0);
    clock.tick(60_000);
    expect(calls).to.have.length(1);
    clock.tick(400);
    setHidden(false);
    // Caught up immediately, with the time of now, then back on the second.
    expect(calls).to.deep.equal([start + 750, start + 61_150]);
    clock.tick(599);
    expect(calls).to.have.length(2);
    clock.tick(1);
    expect(calls[2]).to.equal(start + 61_750);
  });

  it('does not start ticking when the first listener arrives in a hidden tab', () => {
    hidden = true;
    const calls = listen();
    expect(clock.countTimers()).to.equal(0);
    setHidden(false);
    expect(calls).to.have.length(1);
    expect(clock.countTimers()).to.equal(1);
  });
});
