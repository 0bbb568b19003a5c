import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { campusDay, jpo, mountWith, omit, part, partText } from './helpers.js';

const BEFORE = '2026-11-12T08:30:15+01:00';
const STORAGE_PREFIX = 'campus-widgets:event-banner:dismissed:';
const forgetDismissals = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith(STORAGE_PREFIX))
    .forEach((key) => localStorage.removeItem(key));

describe('<event-banner> actions', () => {
  beforeEach(forgetDismissals);
  afterEach(() => {
    sinon.restore();
    forgetDismissals();
  });

  it('emits campus-cta-click with the event id and URL when the registration link is followed', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE } });
    // Keep the test page where it is; the event fires before the browser would navigate.
    const stay = (event: Event) => event.preventDefault();
    window.addEventListener('click', stay);
    try {
      const clicked = oneEvent(document, 'campus-cta-click');
      part(el, 'cta')!.click();
      const event = await clicked;
      expect(event.detail).to.deep.equal({ eventId: 'jpo-2026-11-14', url: 'https://school.example/inscription' });
      expect(event.bubbles && event.composed).to.equal(true);
    } finally {
      window.removeEventListener('click', stay);
    }
  });

  it('has no close button unless dismissible', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE } });
    expect(part(el, 'dismiss')).to.equal(null);
  });

  it('dismissible: closes on click, emits campus-dismiss, takes no space and remembers the event id', async () => {
    const el = await mountWith({ events: [jpo, campusDay] }, { attributes: { now: BEFORE, dismissible: '' } });
    const button = part(el, 'dismiss') as HTMLButtonElement;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Masquer l’annonce « Journée Portes Ouvertes Digitale »');
    await expect(el).to.be.accessible();
    const dismissed = oneEvent(el, 'campus-dismiss');
    button.click();
    expect((await dismissed).detail).to.deep.equal({ eventId: 'jpo-2026-11-14' });
    await el.updateComplete;
    // Closed for this page view: the next event does not pop up in its place.
    expect(el.getAttribute('state')).to.equal('ended');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(Object.keys(localStorage).filter((key) => key.startsWith(STORAGE_PREFIX))).to.deep.equal([`${STORAGE_PREFIX}jpo-2026-11-14`]);

    // The next page view skips the closed event and shows the next one.
    const next = await mountWith({ events: [jpo, campusDay] }, { attributes: { now: BEFORE, dismissible: '' } });
    expect(partText(next, 'title')).to.equal(campusDay.title);
    // A banner without `dismissible` has no say over what the visitor closed.
    const plain = await mountWith({ events: [jpo, campusDay] }, { attributes: { now: BEFORE } });
    expect(partText(plain, 'title')).to.equal(jpo.title);
  });

  it('moves focus after a dismiss to what Tab reaches next, never <body>', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE, dismissible: '' } });
    const next = Object.assign(document.createElement('a'), { href: '#after', textContent: 'After the banner' });
    el.after(next);
    part(el, 'dismiss')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.activeElement !== el && document.activeElement !== document.body, 'focus went nowhere');
    expect(el.state).to.equal('ended');
    expect(document.activeElement).to.equal(next);
  });

  it('moves focus to the focusable element before the banner when nothing follows it, inside another widget too', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE, dismissible: '' } });
    const wrapper = el.parentElement!;
    // A widget before the banner whose button is in its shadow root.
    const widget = document.createElement('div');
    widget.attachShadow({ mode: 'open' }).innerHTML = '<button>Inside a widget</button>';
    wrapper.before(widget);
    part(el, 'dismiss')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => widget.shadowRoot!.activeElement, 'focus did not move to the widget before');
    expect(document.activeElement).to.equal(widget);
    widget.remove();
  });

  it('still closes for this page view when storage throws', async () => {
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const el = await mountWith({ events: [jpo] }, { lang: 'en', attributes: { now: BEFORE, dismissible: '' } });
    expect(part(el, 'dismiss')!.getAttribute('aria-label')).to.equal('Dismiss “Journée Portes Ouvertes Digitale”');
    const dismissed = oneEvent(el, 'campus-dismiss');
    part(el, 'dismiss')!.click();
    await dismissed;
    await el.updateComplete;
    expect(el.state).to.equal('ended');
    // Not remembered: the next page view shows it again.
    const again = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE, dismissible: '' } });
    expect(again.state).to.equal('ready');
  });
});

describe('<event-banner> variants and configuration', () => {
  beforeEach(forgetDismissals);
  afterEach(() => {
    sinon.restore();
    forgetDismissals();
  });

  it('variant="card" shows the description; accessible, dismissible and live too', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE, variant: 'card', dismissible: '' } });
    expect(part(el, 'banner')!.classList.contains('card')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.description')!.textContent).to.equal(jpo.description);
    await expect(el).to.be.accessible();
    el.now = '2026-11-14T11:00:00+01:00';
    await el.updateComplete;
    expect(el.state).to.equal('live');
    await expect(el).to.be.accessible();
  });

  it('bar leaves the description out', async () => {
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE } });
    expect(el.shadowRoot!.querySelector('.description')).to.equal(null);
  });

  it('warns once about an unknown variant and uses bar', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE, variant: 'ribbon' } });
    el.requestUpdate();
    await el.updateComplete;
    expect(part(el, 'banner')!.classList.contains('bar')).to.equal(true);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.equal('<event-banner> variant: "ribbon" is not valid; using bar.');
  });

  it('warns about a bad precision, time-zone or now, and uses the defaults', async () => {
    const warn = sinon.stub(console, 'warn');
    const future = { ...omit(jpo, 'timeZone'), startsAt: '2099-11-14T10:00:00+01:00', endsAt: undefined };
    const el = await mountWith({ events: [future] }, { attributes: { precision: 'hour', 'time-zone': 'Europe/Lutece', now: 'demain' } });
    expect(el.state).to.equal('ready');
    const messages = warn.getCalls().map((call) => String(call.args[0]));
    expect(messages.map((message) => message.split(':')[0])).to.have.members(['<event-banner> precision', '<event-banner> time-zone', '<event-banner> now']);
    // A real clock, seconds, and the written offset.
    expect(partText(el, 'countdown')).to.match(/secondes?/);
    expect(el.shadowRoot!.querySelector('.time')!.textContent!.trim()).to.equal('10:00');
  });

  it('is readable on a dark page: it brings its own surface', async () => {
    const dark = await fixture(html`<div style="background:#0b0c10;color:#f5f5f5;padding:16px"></div>`);
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE, dismissible: '' } });
    dark.append(el);
    expect(getComputedStyle(part(el, 'banner')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('takes the page’s theme tokens', async () => {
    const themed = await fixture(html`<div style="--campus-color-surface:#101826;--campus-color-text:#f1f5f9;--campus-color-primary:#ffd166;--campus-color-on-primary:#101826;--campus-color-muted:#cbd5e1"></div>`);
    const el = await mountWith({ events: [jpo] }, { attributes: { now: BEFORE } });
    themed.append(el);
    expect(getComputedStyle(part(el, 'banner')!).backgroundColor).to.equal('rgb(16, 24, 38)');
    expect(getComputedStyle(part(el, 'cta')!).backgroundColor).to.equal('rgb(255, 209, 102)');
    await expect(el).to.be.accessible();
  });
});
