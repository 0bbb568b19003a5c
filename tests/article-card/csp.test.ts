import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FIXTURES } from './card.js';

/** Filled by tests/csp/record-violations.js, which the page loads first. */
interface ProbedWindow extends Window {
  __cspViolations: string[];
  __consoleErrors: string[];
}

describe('<article-card> on a page with a strict CSP and Trusted Types', () => {
  it('renders its cards, ready and in error, with no CSP violation and no console error', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${`${FIXTURES}csp.html`} title="CSP page" width="800" height="600"></iframe>`);
    await waitUntil(
      () => frame.contentDocument?.URL.endsWith('csp.html') && frame.contentDocument.readyState === 'complete',
      'the page did not load',
      { timeout: 5000 },
    );
    const page = frame.contentWindow as ProbedWindow;
    const cards = [...frame.contentDocument!.querySelectorAll('article-card')];
    expect(cards).to.have.length(5);
    await waitUntil(() => cards.every((card) => card.state && card.state !== 'loading'), 'cards stayed loading', { timeout: 5000 });
    expect(cards.map((card) => card.state)).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'error']);
    expect(cards[0]!.shadowRoot!.querySelector('[part="image"]')).to.not.equal(null);
    expect(page.__cspViolations).to.deep.equal([]);
    expect(page.__consoleErrors).to.deep.equal([]);
  });
});
