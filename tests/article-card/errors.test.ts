import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import type { CampusErrorDetail } from '../../src/events.js';
import { MockApi, type MockResponse } from '../helpers/mock-api.js';
import { part, settledCard, textOf } from './card.js';

const article = { id: 'a', title: 'Titre', url: 'https://ecole.example/a', publishedAt: '2020-07-28T12:00:00+02:00' };

/** Appends a card for `response`, and resolves with its campus-error detail once it has rendered. */
async function failingCard(response: MockResponse, attributes: Record<string, string> = {}, fallback?: string) {
  const url = await new MockApi().script('/articles', response);
  const el = document.createElement('article-card');
  el.setAttribute('endpoint', url);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (fallback) el.append(Object.assign(document.createElement('a'), { href: '/actualites', textContent: fallback }));
  const failed = oneEvent(el, 'campus-error');
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  const { detail } = (await failed) as CustomEvent<CampusErrorDetail>;
  return { el, detail };
}

describe('<article-card> loading and errors', () => {
  afterEach(() => sinon.restore());

  describe('every failure ends in a short localized message', () => {
    const cases: Array<[string, MockResponse, Partial<CampusErrorDetail>, Record<string, string>?]> = [
      ['a dropped connection', { drop: true }, { reason: 'network' }],
      ['a timeout', { delay: 3000, body: article }, { reason: 'timeout' }, { timeout: '1000' }],
      ['an HTTP 500', { status: 500, body: { message: 'Internal Server Error' } }, { reason: 'http', status: 500 }],
      ['an HTTP 404', { status: 404, body: { message: 'Not Found' } }, { reason: 'http', status: 404 }],
      ['a body that is not JSON', { raw: '<!doctype html><p>Maintenance</p>', headers: { 'Content-Type': 'text/html' } }, { reason: 'invalid-response' }],
    ];
    for (const [what, response, expected, attributes] of cases) {
      it(`${what}: state "error", campus-error ${JSON.stringify(expected)}`, async () => {
        const { el, detail } = await failingCard(response, attributes);
        expect(detail).to.deep.include(expected);
        expect(el.getAttribute('state')).to.equal('error');
        expect(textOf(part(el, 'message'))).to.equal('Ce contenu est momentanément indisponible.');
        expect(part(el, 'card')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('a payload of the wrong shape is "invalid-response" with the issues, never half a card', () => {
    const cases: Array<[string, unknown, string]> = [
      ['an article without a title', { articles: [{ ...article, title: undefined }] }, 'articles.0.title'],
      ['a blank title', { ...article, title: '  ' }, 'title'],
      ['a wrong type', { ...article, tags: 'machine-learning' }, 'tags'],
      ['a tag that is not text', { ...article, tags: ['ia', 42] }, 'tags'],
      ['a date that is not ISO 8601', { ...article, publishedAt: '28/07/2020' }, 'publishedAt'],
      ['a WordPress post without a link', [{ id: 1, title: { rendered: 'Post' } }], '0.link'],
      ['a WordPress title that is only markup', { id: 1, link: 'https://ecole.example', title: { rendered: '<img src=x>' } }, 'title.rendered'],
      ['a JSON Feed item without an id', { version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'Item' }] }, 'items.0.id'],
      ['JSON of no known shape', { status: 'ok', data: '<html>maintenance</html>' }, 'id'],
    ];
    for (const [what, body, path] of cases) {
      it(what, async () => {
        const { el, detail } = await failingCard({ body });
        expect(detail.reason).to.equal('invalid-response');
        expect(detail.issues?.map((issue) => issue.path)).to.include(path);
        expect(el.getAttribute('state')).to.equal('error');
        expect(part(el, 'card')).to.equal(null);
      });
    }
  });

  it('says it in English with lang="en"', async () => {
    const { el } = await failingCard({ status: 503, body: {} }, { lang: 'en' });
    expect(textOf(part(el, 'message'))).to.equal('This content is unavailable at the moment.');
  });

  it('shows the author fallback instead of the message', async () => {
    const { el } = await failingCard({ status: 500, body: {} }, {}, 'Toutes nos actualités');
    expect(part(el, 'message')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('hides the fallback once the card renders', async () => {
    const url = await new MockApi().script('/articles', { body: article });
    const el = await settledCard(html`<article-card endpoint=${url}><a href="/actualites">Toutes nos actualités</a></article-card>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('warns about a missing endpoint and shows the "cannot be displayed" message', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<ArticleCard>(html`<article-card></article-card>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(textOf(part(el, 'message'))).to.equal('Ce contenu ne peut pas être affiché.');
    expect(warn.calledOnceWith(sinon.match(/^<article-card> endpoint: missing/))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('while loading', () => {
    it('reserves the height of each variant with a placeholder', async () => {
      const url = await new MockApi().script('/slow', { delay: 4000, body: article });
      const heights: number[] = [];
      for (const variant of ['vertical', 'horizontal', 'compact']) {
        const el = await fixture<ArticleCard>(html`<article-card endpoint=${url} variant=${variant}></article-card>`);
        expect(el.getAttribute('state')).to.equal('loading');
        heights.push(part(el, 'placeholder')!.getBoundingClientRect().height);
        await expect(el).to.be.accessible();
      }
      expect(heights[0]).to.be.greaterThan(heights[1]!);
      expect(heights[1]).to.be.greaterThan(heights[2]!);
      expect(heights[2]).to.be.greaterThan(60);
    });

    it('keeps the author fallback in place instead', async () => {
      const url = await new MockApi().script('/slow', { delay: 4000, body: article });
      const el = await fixture<ArticleCard>(html`<article-card endpoint=${url}><a href="/actualites">Toutes nos actualités</a></article-card>`);
      expect(el.getAttribute('state')).to.equal('loading');
      expect(part(el, 'placeholder')).to.equal(null);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });
});
