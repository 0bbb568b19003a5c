import { expect } from '@open-wc/testing';
import { MockApi } from '../helpers/mock-api.js';

/**
 * dist/campus-widgets.css keeps the page still: the school page (a banner with its fallback link,
 * three cards, the form) loads the stylesheet, then the built bundle, and its data comes late
 * from the API. Its layout shifts, summed by a PerformanceObserver in the page, stay under 0.01
 * at phone, tablet and desktop widths (the stylesheet's three sets of heights). Without the
 * stylesheet the same page shifts: the test can fail.
 */
interface LayoutShiftResult {
  cls: number;
  shifts: number;
  before: { heights: number[]; fallbackVisible: boolean; below: number };
  after: { heights: number[]; below: number };
}

const DAY = 86_400_000;

async function schoolPage(width: number, query = ''): Promise<LayoutShiftResult> {
  const api = new MockApi();
  // The demo's content: the stylesheet's heights are measured on it.
  const articles = await (await fetch('/demo/api/fixtures/articles.json')).json();
  const saturday = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
  const openDays = {
    events: [{
      id: 'jpo',
      title: 'Journée Portes Ouvertes Digitale',
      startsAt: `${saturday}T10:00:00+01:00`,
      endsAt: `${saturday}T17:00:00+01:00`,
      timeZone: 'Europe/Paris',
      location: { name: 'En ligne', online: true },
      registration: { url: 'https://example.org/inscription-jpo', label: 'Inscrivez-vous' },
    }],
  };
  const endpoints = new URLSearchParams({
    'open-days': await api.script('/open-days', { body: openDays, delay: 300 }),
    articles: await api.script('/articles', { body: articles, delay: 400 }),
    callbacks: api.url('/callbacks'),
  });
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 1400px; border: 0; display: block;`;
  frame.src = `/tests/dist/layout-shift-page.html?${endpoints}${query}`;
  document.body.append(frame);
  try {
    const view = frame.contentWindow as Window & { layoutShiftResult?: LayoutShiftResult };
    for (let i = 0; i < 400 && !view.layoutShiftResult; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    if (!view.layoutShiftResult) throw new Error('the page did not settle');
    return view.layoutShiftResult;
  } finally {
    frame.remove();
  }
}

describe('dist/campus-widgets.css', function () {
  this.timeout(20000);

  for (const width of [360, 768, 1280]) {
    it(`keeps the school page still at ${width} px: CLS ≤ 0.01 from the first paint`, async () => {
      const { cls, before, after } = await schoolPage(width);
      expect(cls, `CLS; heights before ${before.heights}, after ${after.heights}`).to.be.at.most(0.01);
      // What follows the elements did not move: their boxes were there before the script ran.
      expect(Math.abs(after.below - before.below)).to.be.at.most(2);
      for (const height of before.heights) expect(height).to.be.above(100);
    });
  }

  it('leaves the fallback visible inside the reserved box', async () => {
    const { before } = await schoolPage(768);
    expect(before.fallbackVisible).to.equal(true);
  });

  it('is documented rule for rule in the README, for pasting into a theme', async () => {
    const css = await (await fetch('/dist/campus-widgets.css')).text();
    const rules = css.slice(css.indexOf('*/') + 2).trim();
    const readme = await (await fetch('/README.md')).text();
    expect(rules).to.contain('event-banner');
    expect(readme).to.contain(rules);
    expect(readme).to.match(/<link rel="stylesheet" href="[^"]*\/dist\/campus-widgets\.css"[^>]*>/);
  });

  it('is what keeps it still: without it the same page shifts', async () => {
    const { cls } = await schoolPage(1280, '&nocss');
    expect(cls).to.be.above(0.02);
  });
});
