import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/internal/html-to-text.js';

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
});
