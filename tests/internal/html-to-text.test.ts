import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { htmlToText, withAllEntities } from '../../src/internal/html-to-text.js';

describe('htmlToText', () => {
  it('decodes named, decimal and hex entities', () => {
    expect(htmlToText('Ing&eacute;nieur&nbsp;? l&#8217;&Eacute;cole &#x2019;&hellip; &laquo;IA&raquo; &amp; co')).to.equal(
      'Ingénieur\u00a0? l’École ’… «IA» & co',
    );
    expect(htmlToText('&ccedil;a &agrave; &ocirc;t&eacute; &euml; &oelig;uvre &OElig;')).to.equal('ça à ôté ë œuvre Œ');
    expect(htmlToText('&#039;quoted&#39; &quot;x&quot; &lt;b&gt;')).to.equal('\'quoted\' "x" <b>');
  });

  it('decodes once: escaped markup stays text', () => {
    expect(htmlToText('&amp;lt;script&amp;gt;')).to.equal('&lt;script&gt;');
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('leaves unknown or unterminated named entities as written', () => {
    expect(htmlToText('AT&T &unknown; &eacute &bacute;')).to.equal('AT&T &unknown; &eacute &bacute;');
    expect(htmlToText('&constructor; &hasOwnProperty;')).to.equal('&constructor; &hasOwnProperty;');
  });

  it('maps invalid code points to U+FFFD', () => {
    expect(htmlToText('a&#0;b&#xD800;c&#99999999;d&#x110000;')).to.equal('a\ufffdb\ufffdc\ufffdd\ufffd');
  });

  it('strips tags: inline ones join, block ones separate', () => {
    expect(htmlToText('<p>Devenir <em>Data</em> Engi<strong>neer</strong></p><p>Second</p>')).to.equal('Devenir Data Engineer Second');
    expect(htmlToText('un<br>deux<br/>trois<li>quatre')).to.equal('un deux trois quatre');
    expect(htmlToText('<a title="a > b" href="/x">lien</a> <!-- note --> fin<!doctype html><?php echo 1 ?>')).to.equal('lien fin');
  });

  it('drops script, style and similar elements with their content', () => {
    expect(htmlToText('a<script>alert("x")</script>b<STYLE>p{}</STYLE>c<template><p>t</p></template>d')).to.equal('abcd');
    expect(htmlToText('a<svg><title>icon</title><text>svg</text></svg> b <noscript>no js</noscript>')).to.equal('a b');
    expect(htmlToText('before<script>never closed')).to.equal('before');
  });

  it('keeps the text a browser shows of a textarea, an object\'s fallback or MathML', () => {
    expect(htmlToText('<textarea>a</textarea> <object data="x.pdf">b</object> <math><mi>c</mi></math>')).to.equal('a b c');
  });

  it('keeps text that only looks like markup', () => {
    expect(htmlToText('a <3 b, 1 < 2 > 0')).to.equal('a <3 b, 1 < 2 > 0');
    expect(htmlToText('cut <a href="/x')).to.equal('cut');
  });

  it('collapses whitespace but keeps non-breaking spaces', () => {
    expect(htmlToText('\n  <p>un\t\tdeux\n\ntrois</p>  ')).to.equal('un deux trois');
    expect(htmlToText('Quoi&nbsp;?')).to.equal('Quoi\u00a0?');
  });

  it('strips WordPress "read more" links and the […] of a cut excerpt', () => {
    expect(
      htmlToText(
        '<p>Selon Indeed, l&#8217;ing&eacute;nieur&#8230; <a class="more-link" href="https://example.org/x/">Lire la suite <span class="screen-reader-text">Ingénieur</span></a></p>\n',
      ),
    ).to.equal('Selon Indeed, l’ingénieur…');
    expect(htmlToText('<p>Texte <a href="/x">Continue reading <span>“Title”</span> &rarr;</a></p>')).to.equal('Texte');
    expect(htmlToText('<p>Texte <a class="read-more-btn" href="/x">→</a></p>')).to.equal('Texte');
    expect(htmlToText('<p>Pipelines, entrep&ocirc;ts&hellip; [&hellip;]</p>\n')).to.equal('Pipelines, entrepôts…');
    expect(htmlToText('<p>Une phrase coup&eacute;e [&hellip;]</p>')).to.equal('Une phrase coupée…');
    expect(htmlToText('<p>Fin de phrase. [...]</p>')).to.equal('Fin de phrase.');
  });

  it('keeps ordinary links\' text', () => {
    expect(htmlToText('Voir <a href="/agenda">notre agenda</a> et <a href="/more">la suite du programme</a>.')).to.equal(
      'Voir notre agenda et la suite du programme.',
    );
  });

  it('decodes the typography of a French WordPress without loading the full table', async () => {
    const title = 'L&rsquo;&Eacute;cole &lsquo;a&rsquo; &ldquo;b&rdquo; 1&ndash;2&mdash;3 5&prime; 6&Prime; &laquo;&nbsp;x&nbsp;&raquo; &#038; &hellip;';
    const loaded: string[] = [];
    const text = await withAllEntities(() => {
      loaded.push('run');
      return htmlToText(title);
    });
    expect(text).to.equal('L’École ‘a’ “b” 1–2—3 5′ 6″ «\u00a0x\u00a0» & …');
    expect(loaded, 'converted once: no rare entity, no table to wait for').to.have.length(1);
  });

  it('decodes every HTML 4 entity once the table is loaded for a rare one', async () => {
    expect(await withAllEntities(() => htmlToText('&alefsym; &thetasym; &frac12; &szlig; &sup2; &there4;'))).to.equal('ℵ ϑ ½ ß ² ∴');
    expect(htmlToText('&copy; &euro; &AElig;')).to.equal('© € Æ');
    expect(htmlToText('&bogus; &copy')).to.equal('&bogus; &copy');
  });

  it('reads numeric references 128–159 as Windows-1252, as browsers do', () => {
    expect(htmlToText('&#128; &#150; &#151; &#146;&#133; &#x92;')).to.equal('€ – — ’… ’');
    expect(htmlToText('a&#129;b&#157;c')).to.equal('abc');
  });

  it('drops control characters and bidirectional overrides, written or encoded', () => {
    expect(htmlToText('a\u0000b\u0007c\u007fd\u0085e\u202ef\u2066g\u2069h')).to.equal('abcdefgh');
    expect(htmlToText('a&#1;b&#x202E;c&#8294;d&#127;e')).to.equal('abcde');
    expect(htmlToText('a&#10;b&#9;c&#xd;d')).to.equal('a b c d');
  });

  it('drops a "read more" link whose words come after tags, and only at its start', () => {
    expect(htmlToText('fin <a href="/x"><span> Lire la suite</span> de l’article</a>')).to.equal('fin');
    expect(htmlToText('fin <a href="/x">Ma lecture</a> read more')).to.equal('fin Ma lecture read more');
    expect(htmlToText('<a href="/x"></a>Read more is text here')).to.equal('Read more is text here');
  });

  // Regular expressions with overlapping quantifiers took 33 s on the first of these and seconds
  // on the tags: each shape is 1 MB, a linear pass takes milliseconds, a quadratic one minutes;
  // 100 ms leaves room for a slow machine.
  const MEGABYTE = 1_000_000;
  const hostile: Record<string, string> = {
    'non-breaking spaces before a cut mark': `a${'\u00a0'.repeat(MEGABYTE)}b [&hellip;]`,
    'encoded non-breaking spaces': `a${'&nbsp;'.repeat(MEGABYTE / 6)}b`,
    'unclosed tags': '<a '.repeat(MEGABYTE / 3),
    'a link whose class never ends': `<a class="${'more'.repeat(MEGABYTE / 4)}`,
    'links whose text may be "read more"': '<a>'.repeat(MEGABYTE / 3),
    'comments never closed': '<!--'.repeat(MEGABYTE / 4),
    'script end tags that are not': `<script>${'</scrip'.repeat(MEGABYTE / 7)}`,
    'ampersands': '&#1&amp'.repeat(MEGABYTE / 7),
  };
  for (const [shape, html] of Object.entries(hostile)) {
    it(`converts 1 MB of ${shape} in linear time`, () => {
      // The best of five: a machine busy elsewhere slows some runs, not all.
      const times = [0, 1, 2, 3, 4].map(() => {
        const started = performance.now();
        htmlToText(html);
        return performance.now() - started;
      });
      expect(Math.min(...times)).to.be.below(100);
    });
  }

  it('converts any string without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (html) => typeof htmlToText(html) === 'string'));
  });

  it('lets no generated tag survive as text', () => {
    const name = fc.constantFrom('p', 'a', 'em', 'script', 'svg', 'img', 'div', 'span', 'title', 'br');
    const value = fc.string({ unit: fc.constantFrom('a', '>', '<', '"', "'", ' ', '=', '/') });
    const tag = fc
      .tuple(fc.boolean(), name, fc.array(fc.tuple(fc.constantFrom('class', 'href', 'title'), value)), fc.constantFrom('>', '/>', ' >'))
      .map(([end, tagName, attributes, close]) => `<${end ? '/' : ''}${tagName}${attributes.map(([key, text]) => ` ${key}="${text.replaceAll('"', '')}"`).join('')}${close}`);
    // Text without `&`: an escaped `&lt;p&gt;` is text that reads `<p>`, legitimately.
    const text = fc.string().map((chunk) => chunk.replaceAll('&', ''));
    fc.assert(
      fc.property(fc.array(fc.oneof(tag.map((markup) => ({ markup })), text)), (pieces) => {
        const output = htmlToText(pieces.map((piece) => (typeof piece === 'string' ? piece : piece.markup)).join(''));
        return pieces.every((piece) => typeof piece === 'string' || !output.includes(piece.markup));
      }),
    );
  });
});
