import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { loadPage, type CspWindow } from './frame.js';

/**
 * DESIGN.md's security profile: the shipped bundle (dist/campus-widgets.js, built by `npm test`
 * before the browser tests) on a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
 * trusted-types lit-html` renders every element with no violation report and no console error.
 */

/** The summary of an empty form submitted: one link per required field, in the form's order. */
const SUMMARY = [
  'Entrez votre prénom',
  'Entrez votre nom',
  'Entrez votre e-mail',
  'Entrez votre téléphone',
  'Cochez la case pour être rappelé',
];


describe('strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('the page really is served with the strict policy', async () => {
    const response = await fetch('/tests/csp/page.html');
    expect(response.headers.get('Content-Security-Policy')).to.include("require-trusted-types-for 'script'");
  });

  it('renders every element in its own state, and the form validates on a real submit, with no violation and no console error', async () => {
    frame = await loadPage('/tests/csp/page.html');
    const win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;
    const elements = [...doc.querySelectorAll('event-banner, callback-form, article-card')];
    const states = () => elements.map((el) => `${el.localName} ${el.getAttribute('state')}`);
    await waitUntil(() => elements.every((el) => el.shadowRoot && el.getAttribute('state') && el.getAttribute('state') !== 'loading'), 'elements did not settle', { timeout: 8000 });
    // Exactly what each shows with the demo API (the banners: the coming Saturdays).
    expect(states()).to.deep.equal([
      'event-banner ready',
      'event-banner ready',
      'callback-form ready',
      'callback-form ready', // mode="dialog": its block
      'article-card ready',
      'article-card ready',
      'article-card error',
    ]);
    const [banner, card] = [doc.querySelector('event-banner')!, doc.querySelector('article-card')!];
    expect(banner.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Journée Portes Ouvertes Digitale');
    expect(card.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim()).to.have.length.greaterThan(0);
    // The author's fallback shows for the card in error.
    expect(doc.querySelector('article-card[state="error"] p')!.getBoundingClientRect().height).to.be.greaterThan(0);

    // Validation under the policy (zod parses objects here: the probe jitless mode prevents),
    // by a real click on the empty form's submit button.
    const form = doc.querySelector('callback-form')!;
    const submit = form.shadowRoot!.querySelector<HTMLElement>('[part~="submit"]')!;
    submit.scrollIntoView({ block: 'center' });
    const frameBox = frame.getBoundingClientRect();
    const box = submit.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(frameBox.left + box.left + box.width / 2), Math.round(frameBox.top + box.top + box.height / 2)] });
    const summary = () => form.shadowRoot!.querySelector<HTMLElement>('[part="summary"]');
    await waitUntil(() => summary(), 'no error summary after submit', { timeout: 3000 });
    expect(form.getAttribute('state')).to.equal('error');
    expect(form.shadowRoot!.activeElement).to.equal(summary());
    expect(summary()!.querySelector('h3')!.textContent!.trim()).to.equal('Il y a un problème');
    expect([...summary()!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(SUMMARY);
    expect(summary()!.querySelectorAll('li a')).to.have.length(SUMMARY.length);

    expect(win.__cspViolations, 'CSP violations').to.deep.equal([]);
    expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  });

  it('opens the dialog of mode="dialog" (its code and styles loaded on demand) with no CSP violation', async () => {
    frame = await loadPage('/tests/csp/page.html');
    const win = frame.contentWindow as CspWindow;
    const form = frame.contentDocument!.querySelector('#dialog-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('[part="trigger"]'), 'the dialog block did not render');
    form.shadowRoot!.querySelector<HTMLElement>('[part="trigger"]')!.click();
    await waitUntil(() => form.shadowRoot!.querySelector('dialog')?.open, 'the dialog did not open', { timeout: 8000 });
    const dialog = form.shadowRoot!.querySelector('dialog')!;
    // Its adopted styles apply: the close button's bar sticks to the top.
    expect(win.getComputedStyle(dialog.querySelector('.dialog-bar')!).position).to.equal('sticky');
    form.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!.click();
    await waitUntil(() => form.getAttribute('state') === 'error', 'the form in the dialog did not validate');
    expect(win.__cspViolations, 'CSP violations').to.deep.equal([]);
    expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  });

  it('shows the banner’s calendar links and follows them, the .ics download included, with no violation', async () => {
    frame = await loadPage('/tests/csp/page.html');
    const win = frame.contentWindow as CspWindow;
    const banner = frame.contentDocument!.querySelector('event-banner[calendar]')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('[part~="calendar"] a'), 'no calendar links', { timeout: 8000 });
    const links = [...banner.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="calendar"] a')];
    expect(links.map((link) => link.href.split(':')[0])).to.deep.equal(['data', 'https', 'https']);
    // Google and Outlook would open a tab on their sites: the test stops there, after the banner's listener.
    win.addEventListener('click', (event) => {
      if ((event.composedPath()[0] as HTMLAnchorElement).target === '_blank') event.preventDefault();
    });
    for (const link of links) {
      link.scrollIntoView({ block: 'center' });
      const frameBox = frame.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      const added = oneEvent(banner, 'campus-calendar-add');
      await sendMouse({ type: 'click', position: [Math.round(frameBox.x + box.x + box.width / 2), Math.round(frameBox.y + box.y + box.height / 2)] });
      await added;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.__cspViolations, 'CSP violations').to.deep.equal([]);
    expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  });

  it('reads a schema.org JSON-LD payload with its reader loaded on demand, status label included, with no violation', async () => {
    frame = await loadPage('/tests/csp/page.html');
    const win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;
    // The page's own JSON-LD banner (an @graph), and one whose first event moved online (an array).
    const graph = doc.querySelector('event-banner[endpoint$=".jsonld"]')!;
    const moved = doc.createElement('event-banner');
    moved.setAttribute('endpoint', '/api/open-days.jsonld?case=moved-online&shape=array');
    doc.body.append(moved);
    await waitUntil(() => [graph, moved].every((el) => el.getAttribute('state') === 'ready'), 'the JSON-LD banners did not render', { timeout: 8000 });
    expect(graph.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Journée Portes Ouvertes Digitale');
    expect(moved.shadowRoot!.querySelector('.status')!.textContent!.trim()).to.equal('Désormais en ligne');
    // The reader came from its own chunk of the built bundle, not from campus-widgets.js.
    const chunks = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(chunks.some((path) => /^\/dist\/chunks\/rare-formats-[\w-]+\.js$/.test(path)), chunks.join(' ')).to.equal(true);
    expect(win.__cspViolations, 'CSP violations').to.deep.equal([]);
    expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  });

  it('would catch a violation: an inline style attribute is reported', async () => {
    frame = await loadPage('/tests/csp/page.html');
    const win = frame.contentWindow as CspWindow;
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    await waitUntil(() => win.__cspViolations.length > 0, 'the recorder saw no violation');
    expect(win.__cspViolations[0]).to.match(/^style-src/);
  });
});
