import { expect, waitUntil } from '@open-wc/testing';
import { loadPage, type CspWindow } from './frame.js';

/**
 * README, "Content Security Policy": a page whose own components also use lit needs
 * `trusted-types lit-html 'allow-duplicates'`. Two copies of lit each create a policy named
 * `lit-html`; without 'allow-duplicates' the second `createPolicy` throws and that bundle
 * registers nothing. Needs dist/ (npm test builds it first).
 */
interface LitTwiceWindow extends CspWindow {
  __ownLitRendered?: boolean;
}


describe('Trusted Types with another copy of lit on the page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('the strict policy alone refuses a second `lit-html` policy: why the README asks for allow-duplicates', async () => {
    frame = await loadPage('/tests/csp/page.html', 1500);
    const win = frame.contentWindow as Window & { trustedTypes: { createPolicy(name: string, rules: object): unknown } };
    await waitUntil(() => win.customElements.get('callback-form'), 'the bundle to load', { timeout: 8000 });
    expect(() => win.trustedTypes.createPolicy('lit-html', { createHTML: (value: string) => value })).to.throw();
  });

  it("with 'allow-duplicates', the page's own lit and campus-widgets both render, with no violation", async () => {
    const response = await fetch('/tests/csp/lit-twice.html');
    expect(response.headers.get('Content-Security-Policy')).to.match(/trusted-types lit-html 'allow-duplicates'$/);
    frame = await loadPage('/tests/csp/lit-twice.html', 1500);
    const win = frame.contentWindow as LitTwiceWindow;
    const doc = frame.contentDocument!;
    await waitUntil(() => win.__ownLitRendered, 'the page’s own lit component', { timeout: 8000 });
    const elements = [...doc.querySelectorAll('callback-form, article-card')];
    await waitUntil(() => elements.every((el) => el.shadowRoot && el.getAttribute('state') && el.getAttribute('state') !== 'loading'), 'elements did not settle', { timeout: 8000 });

    expect(doc.querySelector('#own-component')!.textContent).to.include("The page's own lit component");
    expect(doc.querySelector('article-card')!.getAttribute('state')).to.equal('ready');
    expect(doc.querySelector('callback-form')!.shadowRoot!.querySelector('form')).to.exist;
    expect(win.__cspViolations, 'CSP violations').to.deep.equal([]);
    expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  });
});
