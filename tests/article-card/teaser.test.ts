import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import { MockApi } from '../helpers/mock-api.js';
import { FIXTURES, part, settledCard, textOf } from './card.js';

const IMAGE = `${FIXTURES}images/reseau.svg`;
const article = {
  id: 'ml',
  title: 'Ingénieur en Machine Learning, en quoi cela consiste-t-il ?',
  url: 'https://ecole.example/actualites/ml',
  publishedAt: '2020-07-28T12:00:00+02:00',
  excerpt: 'Le métier le mieux classé de 2019. '.repeat(12).trim(),
  category: 'Actualité',
  tags: ['machine-learning', 'ia'],
  image: { src: IMAGE, alt: 'Schéma d’un réseau de neurones', width: 1200, height: 675 },
  readingTimeMinutes: 4,
};

describe('<article-card> the teaser', () => {
  let api: MockApi;
  let url: string;
  beforeEach(async () => {
    api = new MockApi();
    url = await api.script('/article', { body: article });
  });
  afterEach(() => sinon.restore());

  it('puts each part on the native element it names', async () => {
    const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
    const tags = Object.fromEntries(
      ['card', 'image', 'category', 'title', 'link', 'date', 'tags', 'excerpt'].map((name) => [name, part(el, name)?.localName]),
    );
    expect(tags).to.deep.equal({ card: 'article', image: 'img', category: 'p', title: 'h3', link: 'a', date: 'time', tags: 'ul', excerpt: 'p' });
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('has one link, in the heading, named by the title: one tab stop for the whole card', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <button id="before">avant</button>
      <article-card endpoint=${url}></article-card>
      <button id="after">après</button>
    </div>`);
    const el = container.querySelector('article-card')!;
    await waitUntil(() => el.state === 'ready', 'card did not load', { timeout: 5000 });
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0]!.parentElement).to.equal(part(el, 'title'));
    expect(textOf(links[0]!)).to.equal(article.title);
    expect(links[0]!.hasAttribute('aria-label')).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('button, input, select, textarea, [tabindex]')).to.have.length(0);

    container.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links[0]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(container.querySelector('#after'));
  });

  it('makes the whole card the link: a click on the image or the excerpt opens the article', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 320px"><article-card endpoint=${url}></article-card></div>`);
    const el = container.firstElementChild as ArticleCard;
    await waitUntil(() => el.state === 'ready', 'card did not load', { timeout: 5000 });
    expect(el.getBoundingClientRect().bottom).to.be.below(innerHeight);
    const preventNavigation = (event: Event) => event.preventDefault();
    document.addEventListener('click', preventNavigation);
    try {
      for (const name of ['image', 'excerpt', 'tags']) {
        const box = part(el, name)!.getBoundingClientRect();
        const opened = oneEvent(el, 'campus-article-open');
        await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
        const event = await opened;
        expect(event.detail, name).to.deep.equal({ id: 'ml', url: article.url });
        expect(event.bubbles && event.composed).to.equal(true);
      }
    } finally {
      document.removeEventListener('click', preventNavigation);
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });

  it('tells the page on each click, and lets a single-page app cancel the click itself', async () => {
    const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
    const link = part<HTMLAnchorElement>(el, 'link')!;
    const route = (event: Event) => event.preventDefault();
    document.addEventListener('click', route);
    try {
      const opened = oneEvent(el, 'campus-article-open');
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      const event = await opened;
      expect(event.detail).to.deep.equal({ id: 'ml', url: article.url });
      expect(event.cancelable).to.equal(false);
      expect(click.defaultPrevented, 'the page cancelled the navigation').to.equal(true);
    } finally {
      document.removeEventListener('click', route);
    }
  });

  it('renders the title as a heading of `heading-level`', async () => {
    for (const level of [2, 3, 4, 5, 6]) {
      const el = await settledCard(html`<article-card endpoint=${url} heading-level=${level}></article-card>`);
      expect(part(el, 'title')!.localName).to.equal(`h${level}`);
    }
  });

  it('warns once about a bad `heading-level` and uses 3', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await settledCard(html`<article-card endpoint=${url} heading-level="7"></article-card>`);
    expect(part(el, 'title')!.localName).to.equal('h3');
    el.headingLevel = 1;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h3');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.match(/^<article-card> heading-level: "7"/);
  });

  it('writes the date and the reading time in French, and in English with lang="en"', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="fr"><article-card endpoint=${url}></article-card></div>`);
    const el = container.firstElementChild as ArticleCard;
    await waitUntil(() => el.state === 'ready', 'card did not load', { timeout: 5000 });
    const date = part(el, 'date')!;
    expect(textOf(date)).to.equal('Publiée le 28 juillet 2020');
    expect(date.getAttribute('datetime')).to.equal('2020-07-28T10:00:00.000Z');
    expect(textOf(part(el, 'reading-time'))).to.equal('4 minutes de lecture');
    expect(part(el, 'tags')!.getAttribute('aria-label')).to.equal('Mots-clés');

    container.lang = 'en';
    await waitUntil(() => textOf(part(el, 'date')) === 'Published 28 July 2020', 'did not switch to English');
    expect(textOf(part(el, 'reading-time'))).to.equal('4 minutes to read');
    expect(part(el, 'tags')!.getAttribute('aria-label')).to.equal('Tags');
  });

  it('shows the tags, and clamps the excerpt to --campus-article-excerpt-lines (default 3)', async () => {
    const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
    expect([...part(el, 'tags')!.querySelectorAll('li')].map((li) => textOf(li))).to.deep.equal(['machine-learning', 'ia']);
    const excerpt = part(el, 'excerpt')!;
    const lineHeight = parseFloat(getComputedStyle(excerpt).lineHeight);
    expect(getComputedStyle(excerpt).webkitLineClamp).to.equal('3');
    expect(excerpt.scrollHeight).to.be.greaterThan(excerpt.clientHeight);
    expect(excerpt.clientHeight).to.be.closeTo(3 * lineHeight, 2);

    el.style.setProperty('--campus-article-excerpt-lines', '2');
    expect(excerpt.clientHeight).to.be.closeTo(2 * lineHeight, 2);
  });

  it('lazy-loads the image with its alt text and reserves its aspect ratio before it arrives', async () => {
    const slowImage = await api.script('/slow.svg', {
      delay: 4000,
      raw: '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"/>',
      headers: { 'Content-Type': 'image/svg+xml' },
    });
    const slow = await api.script('/slow-article', { body: { ...article, image: { ...article.image, src: slowImage } } });
    const container = await fixture<HTMLDivElement>(html`<div style="width: 402px"><article-card endpoint=${slow}></article-card></div>`);
    const el = container.firstElementChild as ArticleCard;
    await waitUntil(() => el.state === 'ready', 'card did not load', { timeout: 5000 });
    const image = part<HTMLImageElement>(el, 'image')!;
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.alt).to.equal('Schéma d’un réseau de neurones');
    expect(image.complete).to.equal(false);
    const box = image.getBoundingClientRect();
    expect(box.width).to.equal(400);
    expect(box.height).to.be.closeTo(225, 1);
  });

  it('reserves a 16:9 frame for an image of unknown size, with an empty alt when the source has none', async () => {
    const missing = await api.script('/missing.png', { delay: 600, status: 410, raw: '' });
    const feed = await api.script('/feed', {
      body: { version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Sans taille', image: missing }] },
    });
    const container = await fixture<HTMLDivElement>(html`<div style="width: 322px"><article-card endpoint=${feed}></article-card></div>`);
    const el = container.firstElementChild as ArticleCard;
    await waitUntil(() => el.state === 'ready', 'card did not load', { timeout: 5000 });
    const image = part<HTMLImageElement>(el, 'image');
    expect(image!.getAttribute('alt')).to.equal('');
    expect(image!.getBoundingClientRect().height).to.be.closeTo(180, 1);
  });

  describe('variants', () => {
    it('vertical (default): the image above the text, the category above the title', async () => {
      const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
      const image = part(el, 'image')!.getBoundingClientRect();
      const category = part(el, 'category')!.getBoundingClientRect();
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(image.bottom).to.be.at.most(category.top);
      expect(category.bottom).to.be.at.most(title.top);
      await expect(el).to.be.accessible();
    });

    it('horizontal: the image beside the text, stacked when narrow', async () => {
      const wide = await fixture<HTMLDivElement>(html`<div style="width: 800px"><article-card endpoint=${url} variant="horizontal"></article-card></div>`);
      const el = wide.firstElementChild as ArticleCard;
      await waitUntil(() => el.state === 'ready', 'card did not load', { timeout: 5000 });
      expect(part(el, 'image')!.getBoundingClientRect().right).to.be.at.most(part(el, 'title')!.getBoundingClientRect().left);
      await expect(el).to.be.accessible();

      wide.style.width = '300px';
      expect(part(el, 'image')!.getBoundingClientRect().bottom).to.be.at.most(part(el, 'category')!.getBoundingClientRect().top);
    });

    it('compact: a thumbnail, the title and the date, without excerpt or tags', async () => {
      const el = await settledCard(html`<article-card endpoint=${url} variant="compact"></article-card>`);
      expect(part(el, 'excerpt')).to.equal(null);
      expect(part(el, 'tags')).to.equal(null);
      expect(part(el, 'date')).to.not.equal(null);
      const image = part(el, 'image')!.getBoundingClientRect();
      expect(image.width).to.be.below(100);
      expect(image.right).to.be.at.most(part(el, 'title')!.getBoundingClientRect().left);
      await expect(el).to.be.accessible();
    });

    it('warns once about an unknown variant and uses vertical', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await settledCard(html`<article-card endpoint=${url} variant="grid"></article-card>`);
      // Every render reads the variant again.
      const attempts = sinon.spy(el, 'warnOnce');
      el.requestUpdate();
      await el.updateComplete;
      expect(attempts.callCount, 'a second attempt to warn').to.equal(1);
      expect(part(el, 'card')!.classList.contains('vertical')).to.equal(true);
      expect(part(el, 'excerpt')).to.not.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.match(/^<article-card> variant: "grid"/);
    });
  });

  describe('host pages and themes', () => {
    it('draws its own surface on a dark page', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="background: #10131a; color: #f1f1f1; padding: 16px"><article-card endpoint=${url}></article-card></div>`,
      );
      const el = page.firstElementChild as ArticleCard;
      await waitUntil(() => el.state === 'ready', 'card did not load', { timeout: 5000 });
      expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(29, 36, 51)');
      await expect(page).to.be.accessible();
    });

    it('follows the --campus-* tokens, and ::part() styles from the page', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <style>
          .dark article-card {
            --campus-color-surface: #1d2433;
            --campus-color-text: #f5f7fa;
            --campus-color-primary: #ffbf47;
            --campus-color-on-primary: #1d2433;
            --campus-radius: 2px;
          }
          .dark article-card::part(title) {
            letter-spacing: 1px;
          }
        </style>
        <div class="dark" style="background: #000"><article-card endpoint=${url}></article-card></div>
      </div>`);
      const el = page.querySelector('article-card')!;
      await waitUntil(() => el.state === 'ready', 'card did not load', { timeout: 5000 });
      const card = getComputedStyle(part(el, 'card')!);
      expect(card.backgroundColor).to.equal('rgb(29, 36, 51)');
      expect(card.borderTopLeftRadius).to.equal('2px');
      expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(245, 247, 250)');
      expect(getComputedStyle(part(el, 'category')!).backgroundColor).to.equal('rgb(255, 191, 71)');
      expect(getComputedStyle(part(el, 'title')!).letterSpacing).to.equal('1px');
      await expect(page).to.be.accessible();
    });

    it('keeps its sizes on a page that sets html { font-size: 62.5% } and body { font-size: 1.6rem }', async () => {
      const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
      const sizes = () => ['card', 'title', 'date', 'category'].map((name) => part(el, name)!.getBoundingClientRect().height);
      const before = sizes();
      document.documentElement.style.fontSize = '62.5%';
      document.body.style.fontSize = '1.6rem';
      try {
        expect(sizes()).to.deep.equal(before);
      } finally {
        document.documentElement.style.fontSize = '';
        document.body.style.fontSize = '';
      }
    });
  });
});
