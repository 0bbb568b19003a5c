import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { mountWith } from './helpers.js';

/** `count` open days, a day apart from 2030 on: the first is the one on show. */
const openDays = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `jpo-${index}`,
    title: `Journée Portes Ouvertes ${index}`,
    startsAt: new Date(Date.UTC(2030, 0, 1 + index, 9)).toISOString(),
    timeZone: 'Europe/Paris',
  }));

describe('<event-banner> with a large payload', () => {
  afterEach(() => sinon.restore());

  it('places its events in time once per payload, not again at every tick', async () => {
    const el = await mountWith({ events: openDays(300) }, { attributes: { now: '2029-12-31T12:00:00Z' } });
    expect(el.getAttribute('state')).to.equal('ready');
    // Placing 300 events in their zone formats each of their instants with Intl; a tick formats
    // only what the banner shows.
    // `format` is a getter (it returns a bound function): each use of a formatter reads it.
    const format = sinon.spy(Intl.DateTimeFormat.prototype, 'format', ['get']);
    for (let tick = 0; tick < 5; tick++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(format.get.callCount).to.be.below(100);
    await expect(el).to.be.accessible();
  });
});
