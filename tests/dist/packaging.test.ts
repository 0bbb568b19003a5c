import { expect } from '@open-wc/testing';

/**
 * The files in dist/ (built by `npm test` before the browser tests) keep DESIGN.md's packaging
 * promises. The import paths are variables so TypeScript does not try to resolve built files.
 */
const load = (path: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ path);
const tags = ['event-banner', 'callback-form', 'article-card'];
const defined = () => tags.filter((tag) => customElements.get(tag));

describe('dist/', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('index.js exports the classes and defines no tag', async () => {
    const lib = await load('/dist/index.js');
    expect(Object.keys(lib)).to.include.members(['EventBanner', 'CallbackForm', 'ArticleCard']);
    expect(defined()).to.deep.equal([]);
  });

  it('event-banner.js defines its own tag only', async () => {
    await load('/dist/event-banner.js');
    expect(defined()).to.deep.equal(['event-banner']);
  });

  it('campus-widgets.js defines the others, leaving the tag already taken alone', async () => {
    const banner = customElements.get('event-banner');
    await load('/dist/campus-widgets.js');
    expect(defined()).to.deep.equal(tags);
    expect(customElements.get('event-banner')).to.equal(banner);
  });

  it('the classic script defines the three tags in a page that has no module script', async () => {
    // A fresh document: the loader must find campus-widgets.js beside itself, not beside the page.
    const frame = document.createElement('iframe');
    frame.src = '/tests/dist/classic-page.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
    expect(tags.filter((tag) => win.customElements.get(tag))).to.deep.equal(tags);
    expect(win.document.querySelector('article-card')!.shadowRoot).to.exist;
    frame.remove();
  });

  it('the classic script loads as a second copy without throwing', async () => {
    const script = document.createElement('script');
    script.src = '/dist/campus-widgets.iife.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
    expect(errors).to.deep.equal([]);
    expect(defined()).to.deep.equal(tags);
  });
});
