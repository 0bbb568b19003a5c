import { expect, html, oneEvent } from '@open-wc/testing';
import type { Article } from '../../src/article-card/article-card.js';
import { MockApi } from '../helpers/mock-api.js';
import { FIXTURES, part, settledCard, textOf } from './card.js';


/** What a card shows, read from its parts. */
function shown(el: HTMLElement & { shadowRoot: ShadowRoot | null }) {
  const card = el as Parameters<typeof part>[0];
  const image = part<HTMLImageElement>(card, 'image');
  return {
    title: textOf(part(card, 'title')),
    href: part<HTMLAnchorElement>(card, 'link')?.href,
    category: textOf(part(card, 'category')) || undefined,
    date: textOf(part(card, 'date')),
    datetime: part(card, 'date')?.getAttribute('datetime'),
    excerpt: textOf(part(card, 'excerpt')) || undefined,
    tags: [...(part(card, 'tags')?.querySelectorAll('li') ?? [])].map((li) => textOf(li)),
    image: image && { src: image.src, alt: image.getAttribute('alt'), width: image.getAttribute('width'), height: image.getAttribute('height') },
  };
}

describe('<article-card> payload formats', () => {
  describe('WordPress REST posts with _embed', () => {
    const endpoint = `${FIXTURES}wp-posts.json`;

    it('decodes entities, strips the excerpt <p> and its "Lire la suite" link, reads embedded media and terms', async () => {
      const el = await settledCard(html`<article-card endpoint=${endpoint}></article-card>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(shown(el)).to.deep.equal({
        title: 'Ingénieur en Machine Learning, en quoi cela consiste-t-il\u00a0?',
        href: 'https://ecole.example/actualites/ingenieur-en-machine-learning/',
        category: 'Actualité',
        date: 'Publiée le 28 juillet 2020',
        datetime: '2020-07-28T10:00:00.000Z',
        excerpt: 'Selon Indeed, l’ingénieur en Machine Learning exerce le meilleur métier de 2019…',
        tags: ['machine-learning', 'Big Data & IA'],
        image: { src: `${FIXTURES}images/reseau.svg`, alt: 'Schéma d’un réseau de neurones', width: '1600', height: '900' },
      });
      await expect(el).to.be.accessible();
    });

    it('shows a post whose featured media is a 403 error object, without an image', async () => {
      const el = await settledCard(html`<article-card endpoint=${endpoint} index="1"></article-card>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(shown(el)).to.deep.include({
        title: 'Devenir Data Engineer\u00a0: le parcours Big Data',
        category: 'Formations',
        excerpt: 'Pipelines, entrepôts de données, architectures distribuées\u00a0: le cœur d’un projet d’IA…',
        tags: [],
        image: null,
      });
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('reads date_gmt as UTC, hides "Non classé", resolves a relative link against the endpoint, omits an empty excerpt', async () => {
      const el = await settledCard(html`<article-card endpoint=${endpoint} index="2"></article-card>`);
      expect(shown(el)).to.deep.equal({
        title: 'Retour sur la JPO\u00a0: «\u00a0une réussite\u00a0»',
        href: new URL('/actualites/retour-jpo/', endpoint).href,
        category: undefined,
        // date_gmt 2020-11-15T23:30:00 is 18:30 on the 15th for the visitor in New York (the
        // runner's zone); read as New York time it would be 04:30 UTC on the 16th.
        date: 'Publiée le 15 novembre 2020',
        datetime: '2020-11-15T23:30:00.000Z',
        excerpt: undefined,
        tags: [],
        image: null,
      });
    });

    it('reads a single post object as well as an array', async () => {
      const api = new MockApi();
      const posts = (await (await fetch(endpoint)).json()) as unknown[];
      const url = await api.script('/wp/v2/posts/4180', { body: posts[1] });
      const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
      expect(shown(el).title).to.equal('Devenir Data Engineer\u00a0: le parcours Big Data');
    });

    it('ignores embedded data of an unexpected shape rather than failing', async () => {
      const api = new MockApi();
      const url = await api.script('/post', {
        body: {
          id: 7,
          link: 'https://ecole.example/p/7',
          date_gmt: '2020-07-28T10:00:00',
          title: { rendered: 'Sans image' },
          _embedded: { 'wp:featuredmedia': 'oops', 'wp:term': 42 },
        },
      });
      const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(shown(el)).to.deep.include({ title: 'Sans image', image: null, category: undefined, tags: [] });
    });

    it('reads embedded data piece by piece: an odd term is left out, the image and the other terms show', async () => {
      const api = new MockApi();
      const url = await api.script('/post', {
        body: {
          id: 8,
          link: 'https://ecole.example/p/8',
          date_gmt: '2020-07-28T10:00:00',
          title: { rendered: 'Avec image' },
          _embedded: {
            'wp:featuredmedia': [{ source_url: 'https://ecole.example/amphi.jpg', alt_text: 'Amphi', media_details: { width: 1600, height: 900 } }],
            'wp:term': [[{ name: 'Formations', slug: 'formations', taxonomy: 'category' }], [{ name: 42, taxonomy: 'post_tag' }, { name: 'ia', slug: 'ia', taxonomy: 'post_tag' }]],
          },
        },
      });
      const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
      expect(shown(el)).to.deep.include({
        title: 'Avec image',
        image: { src: 'https://ecole.example/amphi.jpg', alt: 'Amphi', width: '1600', height: '900' },
        category: 'Formations',
        tags: ['ia'],
      });
    });
  });

  describe('JSON Feed 1.1', () => {
    const endpoint = `${FIXTURES}feed.json`;

    it('reads an item: summary, image relative to the feed, tags, offset date', async () => {
      const el = await settledCard(html`<article-card endpoint=${endpoint}></article-card>`);
      expect(shown(el)).to.deep.equal({
        title: 'Ingénieur en Machine Learning, en quoi cela consiste-t-il ?',
        href: 'https://ecole.example/actualites/ingenieur-en-machine-learning',
        category: undefined,
        date: 'Publiée le 28 juillet 2020',
        datetime: '2020-07-28T10:00:00.000Z',
        excerpt: 'Le métier le mieux classé de 2019 : missions, compétences et formations.',
        tags: ['machine-learning', 'ia'],
        image: { src: `${FIXTURES}images/reseau.svg`, alt: '', width: null, height: null },
      });
      await expect(el).to.be.accessible();
    });

    it('shows the start of the content without a summary, and no link without url', async () => {
      const second = await settledCard(html`<article-card endpoint=${endpoint} index="1"></article-card>`);
      expect(shown(second)).to.deep.include({ title: 'Devenir Data Engineer', excerpt: 'Pipelines, entrepôts de données\u00a0: un métier d’avenir.' });
      const third = await settledCard(html`<article-card endpoint=${endpoint} index="2"></article-card>`);
      expect(shown(third)).to.deep.include({ title: 'Retour sur la JPO', excerpt: 'Une journée d’échanges en ligne.', href: undefined });
      expect(third.getAttribute('state')).to.equal('ready');
    });
  });

  describe('our own API', () => {
    const endpoint = `${FIXTURES}articles.json`;

    it('reads { articles }: every field, relative URLs against the endpoint, reading time', async () => {
      const el = await settledCard(html`<article-card endpoint=${endpoint}></article-card>`);
      expect(shown(el)).to.deep.equal({
        title: 'Ingénieur en Machine Learning, en quoi cela consiste-t-il ?',
        href: new URL('/actualites/ingenieur-en-machine-learning', endpoint).href,
        category: 'Actualité',
        date: 'Publiée le 28 juillet 2020',
        datetime: '2020-07-28T10:00:00.000Z',
        excerpt: 'Le métier le mieux classé de 2019.',
        tags: ['machine-learning'],
        image: { src: `${FIXTURES}images/reseau.svg`, alt: 'Schéma d’un réseau de neurones', width: '1200', height: '675' },
      });
      expect(textOf(part(el, 'reading-time'))).to.equal('4 minutes de lecture');
    });

    it('accepts a numeric id and null for absent optional fields', async () => {
      const el = await settledCard(html`<article-card endpoint=${endpoint} index="1"></article-card>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.article).to.include({ id: '42', slug: 'devenir-data-engineer' });
      expect(shown(el)).to.deep.include({ category: undefined, excerpt: undefined, tags: [], image: null });
      expect(part(el, 'reading-time')).to.equal(null);
    });

    it('shows a date without a time as that calendar date, not the day before west of UTC', async () => {
      const el = await settledCard(html`<article-card endpoint=${endpoint} index="2"></article-card>`);
      expect(shown(el)).to.deep.include({ date: 'Publiée le 1 septembre 2020', datetime: '2020-09-01' });
    });

    it('reads a single article and an array of articles', async () => {
      const api = new MockApi();
      const article = { id: 'a', title: 'Seul', url: 'https://ecole.example/a', publishedAt: '2020-07-28T12:00:00+02:00' };
      const single = await settledCard(html`<article-card endpoint=${await api.script('/one', { body: article })}></article-card>`);
      expect(shown(single).title).to.equal('Seul');
      const list = await settledCard(
        html`<article-card endpoint=${await api.script('/list', { body: [article, { ...article, id: 'b', title: 'Second' }] })} index="1"></article-card>`,
      );
      expect(shown(list).title).to.equal('Second');
    });

    it('emits campus-load with every article of the payload, after rendering', async () => {
      const el = document.createElement('article-card');
      el.setAttribute('endpoint', endpoint);
      const loaded = oneEvent(el, 'campus-load');
      document.body.append(el);
      try {
        const { detail } = (await loaded) as CustomEvent<Article[]>;
        expect(detail.map((article) => article.id)).to.deep.equal(['ingenieur-machine-learning', '42', 'cursus']);
        expect(detail[0]!.publishedAt).to.be.instanceOf(Date);
        expect(el.getAttribute('state')).to.equal('ready');
        expect(part(el, 'title')).to.not.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  describe('the demo API fixtures', () => {
    for (const [route, title] of [
      ['/api/articles', 'Ingénieur en Machine Learning, en quoi cela consiste-t-il ?'],
      ['/api/articles/devenir-data-engineer', 'Devenir Data Engineer : le parcours Big Data'],
      ['/api/feed.json', 'Ingénieur en Machine Learning, en quoi cela consiste-t-il ?'],
      ['/api/wp/v2/posts', 'Ingénieur en Machine Learning, en quoi cela consiste-t-il\u00a0?'],
      ['/api/wp/v2/posts/4180', 'Devenir Data Engineer\u00a0: le parcours Big Data'],
    ]) {
      it(`renders ${route}`, async () => {
        const el = await settledCard(html`<article-card endpoint=${route}></article-card>`);
        expect(el.getAttribute('state')).to.equal('ready');
        expect(shown(el).title).to.equal(title);
      });
    }

    it('renders every item of every list route', async () => {
      for (const [route, count] of [['/api/articles', 4], ['/api/feed.json', 3], ['/api/wp/v2/posts', 3]] as const) {
        for (let index = 0; index < count; index++) {
          const el = await settledCard(html`<article-card endpoint=${route} index=${index}></article-card>`);
          expect(el.getAttribute('state'), `${route} #${index}`).to.equal('ready');
        }
      }
    });
  });
});
