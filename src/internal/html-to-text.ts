/**
 * Plain text from the HTML fragments CMSs put in JSON (WordPress `title.rendered` and
 * `excerpt.rendered`, term names), read by a small scanner of our own.
 *
 * Not `innerHTML`, `DOMParser` or `<template>`: they are Trusted Types sinks (blocked on a strict
 * page), and parsing hostile markup is how an `<img onerror>` runs. Here markup is only ever
 * skipped: tags are dropped, `<script>`/`<style>`-like elements lose their content too,
 * entities are decoded once (`&amp;lt;` stays the text `&lt;`), block tags become spaces,
 * whitespace collapses (non-breaking spaces are kept: French puts one before `?` and `:`).
 *
 * WordPress excerpt noise goes too: the "Lire la suite" / "Read more" link a theme appends, and
 * the `[…]` that marks a cut (an ellipsis is kept when the text does not already end a sentence).
 */
export function htmlToText(html = ''): string {
  let text = '';
  /** Where the open `<a>` began in `text`, and whether its class says it is a "more" link. */
  let anchor: { start: number; more: boolean } | undefined;
  let from = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    text += decodeEntities(html.slice(from, match.index));
    from = TOKEN.lastIndex;
    const [, slash, rawName, attributes = ''] = match;
    if (!rawName) continue; // a comment, doctype or processing instruction
    const name = rawName.toLowerCase();
    if (name === 'a') {
      if (!slash) anchor = { start: text.length, more: MORE_CLASS.test(attributes) };
      else if (anchor) {
        if (anchor.more || READ_MORE.test(text.slice(anchor.start))) text = text.slice(0, anchor.start);
        anchor = undefined;
      }
    } else if (!slash && SKIPPED.test(name) && !attributes.endsWith('/')) {
      // Whatever such an element holds is code or fallback content, never the article's words.
      const close = html.toLowerCase().indexOf(`</${name}`, from);
      const end = close < 0 ? -1 : html.indexOf('>', close);
      from = TOKEN.lastIndex = end < 0 ? html.length : end + 1;
    } else if (!PHRASING.test(name)) {
      text += ' ';
    }
  }
  text += decodeEntities(html.slice(from));
  return text
    .replace(/[\t\n\f\r ]+/g, ' ')
    .trim()
    .replace(/\s*\[(…|\.\.\.)\]$/, '…')
    .replace(/([.!?…])…$/, '$1');
}

/**
 * A comment; a start or end tag (quoted attribute values may hold `>`; a tag cut off by the end
 * of the string is dropped whole, as a browser does); a doctype, `<?…>` or other bogus comment.
 * A `<` not followed by a letter, `/`, `!` or `?` is text (`a <3 b`).
 */
const TOKEN = /<!--[\s\S]*?(?:--!?>|$)|<(\/?)([a-z][^\s/>]*)((?:"[^"]*(?:"|$)|'[^']*(?:'|$)|[^>"'])*)(?:>|$)|<[!?/][^>]*(?:>|$)/gi;

/** Elements whose content is code or fallback for another medium, dropped with the element. */
const SKIPPED = /^(script|style|template|noscript|textarea|title|iframe|object|svg|math)$/;

/** Inline elements join text without a space (`Ing<em>é</em>nieur`); every other tag separates. */
const PHRASING = /^(a|abbr|b|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|u)$/;

const MORE_CLASS = /\bclass\s*=\s*["']?[^"'>]*more/i;
const READ_MORE = /^\s*(lire la suite|continuer la lecture|en savoir plus|read more|continue reading)\b/i;

/** The named entities editors and WordPress emit; accented letters are composed below. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', thinsp: '\u2009',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«',
  raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', euro: '€', deg: '°',
  times: '×', rarr: '→', aelig: 'æ', oelig: 'œ', OElig: 'Œ', szlig: 'ß',
};

/** `&eacute;` → e + U+0301 → é (NFC): every accented letter without a table of each. */
const MARKS: Record<string, string> = {
  grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327',
};

const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|([a-z]+\d*));?/gi;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (raw, decimal?: string, hex?: string, name?: string) => {
    if (name) {
      const [, letter = '', mark = ''] = /^([a-z])([a-z]+)$/i.exec(name) ?? [];
      const composed = NAMED[name] ?? (MARKS[mark] ? (letter + MARKS[mark]).normalize('NFC') : '');
      return raw.endsWith(';') && composed.length === 1 ? composed : raw;
    }
    const code = decimal ? +decimal : parseInt(hex!, 16);
    return code && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
