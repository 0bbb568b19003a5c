import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import { MockApi } from '../helpers/mock-api.js';
import { part, settledCard, textOf } from './card.js';

const article = (id: string, title: string, slug?: string) => ({
  id,
  slug,
  title,
  url: `https://ecole.example/${id}`,
  publishedAt: '2020-07-28T12:00:00+02:00',
});
const list = { articles: [article('a1', 'Premier', 'premier-article'), article('a2', 'Deuxième', 'deuxieme-article'), article('a3', 'Troisième')] };

describe('<article-card> picking an article', () => {
  let api: MockApi;
  let url: string;
  beforeEach(async () => {
    api = new MockApi();
    url = await api.script('/articles', { body: list });
  });
  afterEach(() => sinon.restore());

  const titleOf = (el: ArticleCard) => textOf(part(el, 'title'));

  it('shows the first article by default and the one at `index`', async () => {
    expect(titleOf(await settledCard(html`<article-card endpoint=${url}></article-card>`))).to.equal('Premier');
    expect(titleOf(await settledCard(html`<article-card endpoint=${url} index="2"></article-card>`))).to.equal('Troisième');
  });

  it('picks by `article-id`, matching the id or the slug, and prefers it to `index`', async () => {
    expect(titleOf(await settledCard(html`<article-card endpoint=${url} article-id="a2"></article-card>`))).to.equal('Deuxième');
    expect(titleOf(await settledCard(html`<article-card endpoint=${url} article-id="deuxieme-article" index="2"></article-card>`))).to.equal(
      'Deuxième',
    );
  });

  it('matches a WordPress numeric id given as text', async () => {
    const wp = await api.script('/wp', {
      body: [4211, 4180].map((id) => ({ id, link: `https://ecole.example/?p=${id}`, title: { rendered: `Post ${id}` } })),
    });
    expect(titleOf(await settledCard(html`<article-card endpoint=${wp} article-id="4180"></article-card>`))).to.equal('Post 4180');
  });

  it('is "empty", not an error, when `index` or `article-id` matches nothing, with a localized message', async () => {
    const past = await settledCard(html`<article-card endpoint=${url} index="3"></article-card>`);
    expect(past.getAttribute('state')).to.equal('empty');
    expect(textOf(part(past, 'message'))).to.equal('Aucun article à afficher.');
    await expect(past).to.be.accessible();

    const unknown = await settledCard(html`<article-card endpoint=${url} article-id="nope" lang="en"></article-card>`);
    expect(unknown.getAttribute('state')).to.equal('empty');
    expect(textOf(part(unknown, 'message'))).to.equal('No article to show.');
  });

  it('is "empty" for an empty list, and shows the author fallback then', async () => {
    const empty = await api.script('/empty', { body: { articles: [] } });
    const el = await settledCard(html`<article-card endpoint=${empty}><a href="/actualites">Toutes nos actualités</a></article-card>`);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('warns once about a bad `index` and shows the first article', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await settledCard(html`<article-card endpoint=${url} index="deux"></article-card>`);
    expect(titleOf(el)).to.equal('Premier');
    el.index = -1;
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Premier');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.match(/^<article-card> index: "deux"/);
  });

  it('re-renders on a new `index` or `article-id` without loading again', async () => {
    const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
    el.index = 1;
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Deuxième');
    el.articleId = 'a3';
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Troisième');
    el.articleId = 'missing';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('empty');
    expect(await api.requests('/articles')).to.have.length(1);
  });

  it('shares one request between the cards that read one URL', async () => {
    const shared = await api.script('/shared', { delay: 150, body: list });
    const container = await fixture<HTMLDivElement>(html`<div>
      <article-card endpoint=${shared} index="0"></article-card>
      <article-card endpoint=${shared} index="1"></article-card>
      <article-card endpoint=${shared} index="2"></article-card>
    </div>`);
    const cards = [...container.querySelectorAll('article-card')];
    await waitUntil(() => cards.every((card) => card.state === 'ready'), 'cards did not load', { timeout: 5000 });
    expect(cards.map(titleOf)).to.deep.equal(['Premier', 'Deuxième', 'Troisième']);
    expect(await api.requests('/shared')).to.have.length(1);
  });

  it('loads again, from the new URL, when `endpoint` changes', async () => {
    const other = await api.script('/other', { body: article('z', 'Autre') });
    const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
    el.endpoint = other;
    await waitUntil(() => titleOf(el) === 'Autre', 'did not reload', { timeout: 5000 });
    expect(await api.requests('/other')).to.have.length(1);
  });
});
