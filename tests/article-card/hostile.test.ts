import { expect, html } from '@open-wc/testing';
import { MockApi } from '../helpers/mock-api.js';
import { FIXTURES, part, settledCard, textOf } from './card.js';

declare global {
  interface Window {
    pwned?: boolean;
  }
}

const IMAGE = `${FIXTURES}images/reseau.svg`;
const base = {
  id: 'x',
  title: 'Titre',
  url: 'https://ecole.example/x',
  publishedAt: '2020-07-28T12:00:00+02:00',
  image: { src: IMAGE, alt: '' },
};

describe('<article-card> hostile content', () => {
  let api: MockApi;
  beforeEach(() => {
    api = new MockApi();
    delete window.pwned;
  });
  afterEach(() => expect(window.pwned, 'a payload ran code').to.equal(undefined));

  it('shows HTML in a plain-text title and excerpt as literal text', async () => {
    const url = await api.script('/a', {
      body: {
        ...base,
        title: '<img src=x onerror="window.pwned=true">Titre <b>gras</b>',
        excerpt: '<script>window.pwned = true</script>',
        category: '<i>Actu</i>',
      },
    });
    const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
    expect(textOf(part(el, 'link'))).to.equal('<img src=x onerror="window.pwned=true">Titre <b>gras</b>');
    expect(textOf(part(el, 'excerpt'))).to.equal('<script>window.pwned = true</script>');
    expect(textOf(part(el, 'category'))).to.equal('<i>Actu</i>');
    expect(el.shadowRoot!.querySelectorAll('b, i, script, img:not([part="image"])')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 50)); // an onerror would have fired by now
  });

  it('turns WordPress rendered HTML into text without running or parsing it as markup', async () => {
    const url = await api.script('/wp', {
      body: {
        id: 1,
        link: 'https://ecole.example/?p=1',
        date_gmt: '2020-07-28T10:00:00',
        title: { rendered: '<script>window.pwned=true</script>Titre &lt;b&gt;gras&lt;/b&gt; <img src=x onerror="window.pwned=true">' },
        excerpt: { rendered: '<p>Texte<iframe srcdoc="<script>parent.pwned=true</script>"></iframe> <style>*{display:none}</style>suite</p>' },
      },
    });
    const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
    expect(textOf(part(el, 'link'))).to.equal('Titre <b>gras</b>');
    expect(textOf(part(el, 'excerpt'))).to.equal('Texte suite');
    expect(el.shadowRoot!.querySelectorAll('b, script, iframe, style, img')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  for (const link of ['javascript:window.pwned=true', 'java\tscript:window.pwned=true', ' JAVASCRIPT:window.pwned=true', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
    it(`drops the link ${JSON.stringify(link)} and still shows the card`, async () => {
      const url = await api.script('/a', { body: { ...base, url: link } });
      const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(textOf(part(el, 'title'))).to.equal('Titre');
      expect(part(el, 'image')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  for (const src of ['javascript:window.pwned=true', 'data:image/svg+xml,<svg onload="window.pwned=true"/>', 'blob:https://ecole.example/1']) {
    it(`drops the image ${JSON.stringify(src.slice(0, 24))} and still shows the card with its link`, async () => {
      const url = await api.script('/a', { body: { ...base, image: { src, alt: 'x', width: 10, height: 10 } } });
      const el = await settledCard(html`<article-card endpoint=${url}></article-card>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(part<HTMLAnchorElement>(el, 'link')!.href).to.equal('https://ecole.example/x');
    });
  }

  it('drops unsafe WordPress and JSON Feed URLs the same way', async () => {
    const wp = await api.script('/wp', {
      body: [
        {
          id: 1,
          link: 'javascript:window.pwned=true',
          title: { rendered: 'Post' },
          _embedded: { 'wp:featuredmedia': [{ source_url: 'data:image/png;base64,AAAA', alt_text: '' }] },
        },
      ],
    });
    const post = await settledCard(html`<article-card endpoint=${wp}></article-card>`);
    expect(post.getAttribute('state')).to.equal('ready');
    expect(post.shadowRoot!.querySelectorAll('a, img')).to.have.length(0);

    const feed = await api.script('/feed', {
      body: { version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Item', url: 'javascript:1', image: 'javascript:1' }] },
    });
    const item = await settledCard(html`<article-card endpoint=${feed}></article-card>`);
    expect(item.getAttribute('state')).to.equal('ready');
    expect(item.shadowRoot!.querySelectorAll('a, img')).to.have.length(0);
  });
});
