import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/event-banner/define.js';
import type { EventBanner } from '../../src/event-banner/event-banner.js';
import { part, partText, shownCountdown, squish } from './helpers.js';

/** The demo page's banners, on the embedded demo API (real clock: its data is dated from now). */
async function demo(endpoint: string, attributes: Record<string, string> = {}): Promise<EventBanner> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
  const el = document.createElement('event-banner');
  for (const [name, value] of Object.entries({ endpoint, ...attributes })) el.setAttribute(name, value);
  const settled = Promise.race([oneEvent(el, 'campus-load'), oneEvent(el, 'campus-error')]);
  wrapper.append(el);
  await settled;
  await el.updateComplete;
  return el;
}

describe('demo API: every banner state', () => {
  it('upcoming (default): the coming Saturday, from 10:00 to 17:00 Paris time', async () => {
    const el = await demo('/api/open-days');
    expect(el.state).to.equal('ready');
    expect(partText(el, 'date')).to.match(/^Samedi \d+ \S+/);
    expect(squish(el.shadowRoot!.querySelector('.time')!.textContent)).to.equal('10:00 – 17:00');
    expect(partText(el, 'cta')).to.equal('Inscrivez-vous');
    await expect(el).to.be.accessible();
  });

  it('each schema.org shape and the single object give the same banner', async () => {
    const native = await demo('/api/open-days');
    for (const endpoint of ['/api/open-days?shape=single', '/api/open-days.jsonld', '/api/open-days.jsonld?shape=array', '/api/open-days.jsonld?shape=object']) {
      const el = await demo(endpoint);
      expect(el.state, endpoint).to.equal('ready');
      expect(partText(el, 'title'), endpoint).to.equal(partText(native, 'title'));
      expect(partText(el, 'date'), endpoint).to.equal(partText(native, 'date'));
    }
  });

  it('soon: less than a minute and a half to go', async () => {
    const el = await demo('/api/open-days?case=soon');
    expect(el.state).to.equal('ready');
    expect(shownCountdown(el)).to.match(/^Début dans (\d+ secondes?|1 minute( \d+ secondes?)?)$/);
  });

  it('live and ending: "En ce moment"', async () => {
    for (const endpoint of ['/api/open-days?case=live', '/api/open-days.jsonld?case=ending']) {
      const el = await demo(endpoint, { variant: 'card' });
      expect(el.getAttribute('state'), endpoint).to.equal('live');
      expect(partText(el, 'countdown')).to.equal('En ce moment');
    }
  });

  it('ended: nothing rendered', async () => {
    const el = await demo('/api/open-days?case=ended');
    expect(el.getAttribute('state')).to.equal('ended');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('postponed, rescheduled, moved online, cancelled', async () => {
    const postponed = await demo('/api/open-days.jsonld?case=postponed');
    expect(partText(postponed, 'date')).to.equal('Date à confirmer');
    expect(part(postponed, 'countdown')).to.equal(null);
    const rescheduled = await demo('/api/open-days?case=rescheduled');
    expect(squish(rescheduled.shadowRoot!.querySelector('.status')!.textContent)).to.equal('Nouvelle date');
    const online = await demo('/api/open-days.jsonld?case=moved-online');
    expect(squish(online.shadowRoot!.querySelector('.status')!.textContent)).to.equal('Désormais en ligne');
    const cancelled = await demo('/api/open-days?case=cancelled');
    expect(partText(cancelled, 'title')).to.equal('Journée Portes Ouvertes sur le campus');
  });

  it('all-day, no-zone with time-zone, unsafe-link', async () => {
    const allDay = await demo('/api/open-days?case=all-day');
    expect(allDay.shadowRoot!.querySelector('.time')).to.equal(null);
    const noZone = await demo('/api/open-days?case=no-zone', { 'time-zone': 'America/Montreal' });
    expect(squish(noZone.shadowRoot!.querySelector('.time')!.textContent)).to.match(/^0[45]:00 – 1[12]:00$/);
    const unsafe = await demo('/api/open-days?case=unsafe-link');
    expect(unsafe.state).to.equal('ready');
    expect(part(unsafe, 'cta')).to.equal(null);
  });

  it('scenarios: error, invalid and empty', async () => {
    expect((await demo('/api/open-days?scenario=error')).state).to.equal('error');
    expect((await demo('/api/open-days.jsonld?scenario=invalid')).state).to.equal('error');
    expect((await demo('/api/open-days?scenario=empty')).state).to.equal('empty');
    expect((await demo('/api/open-days.jsonld?scenario=empty')).state).to.equal('empty');
  });
});
