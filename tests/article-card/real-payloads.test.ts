import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import { MockApi } from '../helpers/mock-api.js';
import { part, settledCard, textOf } from './card.js';

/** Payloads captured from a real WordPress 6.1 (fr_FR) and the `feed` npm package: see tests/fixtures/real/README.md. */
const REAL = new URL('/tests/fixtures/real/', location.href).href;
const WORDPRESS = `${REAL}wordpress-6.1-fr/`;
const FEED = `${REAL}feed-npm-6.0/feed-v1.1-edited.json`;

const read = async <T = Record<string, unknown>>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

/** An entity left as text: what the French WordPress showed before (`L&rsquo;école`). */
const ENTITY = /&(#\d+|#x[\da-f]+|[a-z]+);/i;

/** Renders one card per index of `endpoint`, each settled. */
const cards = (endpoint: string, count: number, variant = 'vertical') =>
  Promise.all(
    Array.from({ length: count }, (_, index) =>
      settledCard(html`<article-card endpoint=${endpoint} index=${index} variant=${variant}></article-card>`),
    ),
  );

describe('<article-card> on payloads captured from real systems', () => {
  afterEach(() => sinon.restore());

  describe('a French WordPress 6.1', () => {
    it('shows every title and excerpt as WordPress shows them, with no entity left as text', async () => {
      const list = await cards(`${WORDPRESS}posts-embed.json`, 5);
      const titles = list.map((card) => textOf(part(card, 'title')));
      expect(titles).to.deep.equal([
        'Stage à l’étranger : le témoignage d’Inès, étudiante en BTS SIO',
        'Résultats du bac 2025 : 98 % de réussite',
        'L’école lance son Mastère « Big Data & IA »',
        'Conférence «\u00a0L’IA générative à l’école\u00a0» – inscriptions ouvertes',
        'Journée portes ouvertes : venez visiter l’école samedi !',
      ]);
      for (const card of list) {
        expect(card.getAttribute('state')).to.equal('ready');
        expect(textOf(part(card, 'title'))).not.to.match(ENTITY);
        expect(textOf(part(card, 'excerpt'))).not.to.match(ENTITY);
      }
      // The theme's "Continue reading" link (and its screen-reader title) is not part of the excerpt.
      expect(textOf(part(list[3]!, 'excerpt'))).to.match(/^Le jeudi 6 mars à 18 h, l’amphithéâtre Curie .* La conférence est ouverte…$/);
      expect(textOf(part(list[0]!, 'excerpt'))).to.equal(
        'Six mois à Montréal : Inès raconte son stage de développeuse et ce qu’elle en retient.',
      );
      await expect(list[2]).to.be.accessible();
    });

    it('shows a password-protected post by its title, without an excerpt', async () => {
      const el = await settledCard(html`<article-card endpoint=${`${WORDPRESS}post-6-protected-embed.json`}></article-card>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(textOf(part(el, 'title'))).to.equal('Résultats du bac 2025 : 98 % de réussite');
      expect(part(el, 'excerpt')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('leaves out a post without a title, with one warning naming it, and renders the others', async () => {
      const posts = await read<{ title: { rendered: string } }[]>(`${WORDPRESS}posts-embed.json`);
      posts[1]!.title.rendered = '';
      const endpoint = await new MockApi().script('/wp/v2/posts', { body: posts });
      const warn = sinon.stub(console, 'warn');
      const list = await cards(endpoint, 4);
      expect(list.map((card) => card.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
      expect(list.map((card) => textOf(part(card, 'title')))[1]).to.equal('L’école lance son Mastère « Big Data & IA »');
      const warnings = warn.getCalls().filter((call) => String(call.args[0]).includes(endpoint));
      expect(warnings, 'one warning for the endpoint, however many cards read it').to.have.length(1);
      expect(warnings[0]!.args[0]).to.include('1.title.rendered').and.include('must not be blank');
      await expect(list[1]).to.be.accessible();
    });

    it('gives the compact thumbnail the sizes WordPress made, so it downloads a small file, not the upload', async () => {
      const api = new MockApi();
      const post = JSON.stringify(await read(`${WORDPRESS}post-7-embed.json`)).replaceAll(
        'https://ecole.example/wp-content/uploads/',
        api.url('/uploads/'),
      );
      const files = [...new Set(post.match(/amphi-big-data[-\dx]*\.jpg/g))];
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="3" height="2"/>';
      for (const file of files) await api.script(`/uploads/2026/12/${file}`, { raw: svg, headers: { 'Content-Type': 'image/svg+xml' } });
      const endpoint = await api.script('/post', { body: JSON.parse(post) });
      const el = await settledCard(html`<article-card endpoint=${endpoint} variant="compact"></article-card>`);
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.getAttribute('srcset')).to.include(`${api.url('/uploads/2026/12/amphi-big-data-150x150.jpg')} 150w`);
      expect(image.getAttribute('sizes')).to.equal('auto, 72px');
      await waitUntil(() => image.complete && image.currentSrc, 'thumbnail never loaded', { timeout: 5000 });
      const requested = (await api.requests()).map((request) => request.path).filter((path) => path.startsWith('/uploads/'));
      expect(requested).to.deep.equal(['/uploads/2026/12/amphi-big-data-150x150.jpg']);
      await expect(el).to.be.accessible();
    });

    it('shares one parsed model among every card reading a response', async () => {
      const endpoint = await new MockApi().script('/shared', { body: await read(`${WORDPRESS}posts-embed.json`), delay: 100 });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        ${[0, 1, 2].map((index) => html`<article-card endpoint=${endpoint} index=${index}></article-card>`)}
      </div>`);
      const loads = [...wrapper.querySelectorAll<ArticleCard>('article-card')].map((card) => oneEvent(card, 'campus-load'));
      const [first, ...others] = await Promise.all(loads);
      for (const other of others) expect(other.detail, 'the same parsed list, not a parse per card').to.equal(first.detail);
    });
  });

  describe('a JSON Feed written by the `feed` package', () => {
    it('shows each item with its date (date_modified without date_published) and an excerpt (from content_html without summary)', async () => {
      const list = await cards(FEED, 3);
      expect(list.map((card) => part(card, 'date')?.getAttribute('datetime'))).to.deep.equal([
        '2025-03-12T08:30:00.000Z',
        '2025-01-20T17:00:00.000Z',
        '2025-02-10T13:00:00.000Z',
      ]);
      expect(list.map((card) => textOf(part(card, 'excerpt')))).to.deep.equal([
        'Dès la rentrée 2025, un Mastère en deux ans, en alternance, consacré aux données et à l’IA.',
        'Le samedi 8 février, de 9 h à 17 h, toute l’équipe vous accueille.',
        'Le jeudi 6 mars à 18 h, l’amphithéâtre Curie accueille une conférence sur l’IA générative.',
      ]);
      await expect(list[2]).to.be.accessible();
    });

    it('reads version 1 and items without an id by their url; an item with neither is left out', async () => {
      const feed = await read<{ version: string; items: Record<string, unknown>[] }>(FEED);
      feed.version = 'https://jsonfeed.org/version/1';
      delete feed.items[0]!.id;
      delete feed.items[1]!.id;
      delete feed.items[1]!.url;
      const endpoint = await new MockApi().script('/feed.json', { body: feed });
      const warn = sinon.stub(console, 'warn');
      const el = await settledCard(
        html`<article-card endpoint=${endpoint} article-id="https://lycee.example/actualites/mastere-big-data-ia"></article-card>`,
      );
      expect(textOf(part(el, 'title'))).to.equal('L\'école lance son Mastère « Big Data & IA »');
      const second = await settledCard(html`<article-card endpoint=${endpoint} index="1"></article-card>`);
      expect(textOf(part(second, 'title'))).to.equal('Conférence « L’IA générative à l’école » – inscriptions ouvertes');
      expect(warn.calledOnceWith(sinon.match('items.1.id'))).to.equal(true);
    });
  });
});
