/**
 * Plain text from the HTML fragments CMSs put in JSON (WordPress `title.rendered`,
 * `excerpt.rendered`, term names), read by regular expressions of our own.
 *
 * Not `innerHTML`, `DOMParser` or `<template>`: they are Trusted Types sinks (blocked on a strict
 * page), and parsing hostile markup is how an `<img onerror>` runs. Here markup is only ever
 * removed: tags are dropped, `<script>`/`<style>`-like elements lose their content too, block
 * tags become spaces; then entities are decoded, once (`&amp;lt;` stays the text `&lt;`), and
 * whitespace collapses (non-breaking spaces are kept: French puts one before `?` and `:`).
 *
 * WordPress excerpt noise goes too: the "Lire la suite" / "Read more" link a theme appends, and
 * the `[…]` that marks a cut (an ellipsis is kept when the text does not already end a sentence).
 */
export function htmlToText(html = ''): string {
  return html
    .replace(READ_MORE_LINK, '')
    .replace(TAG, (_, skipped?: string, name = '') => (skipped || !name || PHRASING.test(name) ? '' : ' '))
    .replace(ENTITY, decodeEntity)
    .replace(/[\t\n\f\r ]+/g, ' ')
    .trim()
    .replace(/([.!?…]?)\s*\[(?:…|\.\.\.)\]$/, (_, stop: string) => stop || '…');
}

/**
 * A link a theme appends to an excerpt: its class says "more" (WordPress's `more-link`), or its
 * text (maybe behind a tag) starts with the words of such a link. Removed with its content, up
 * to its end tag.
 */
const READ_MORE_LINK =
  /<a\b[^>]*?(?:\bclass="[^"]*more[^>]*>|>(?:\s|<[^>]*>)*(?:lire la suite|continuer la lecture|read more|continue reading)\b)[\s\S]*?(?:<\/a\s*>|$)/gi;

/**
 * In order: a comment; an element whose content a page never shows as text (code, styles, inert
 * templates, what only no-JS pages or an iframe-less browser show, SVG), dropped with that
 * content up to its end tag (a self-closing one has none; a textarea, an object's fallback or
 * MathML shows its text, and keeps it); a start or end tag (quoted attribute values
 * may hold `>`; a tag cut off by the end of the string is dropped whole, as a browser does); a
 * doctype, `<?…>` or other bogus comment. A `<` not followed by a letter, `/`, `!` or `?` is
 * text (`a <3 b`).
 */
const TAG =
  /<!--[\s\S]*?(?:--!?>|$)|<(script|style|template|noscript|title|iframe|svg)\b[^>]*(?<!\/)>[\s\S]*?(?:<\/\1[^>]*>|$)|<\/?([a-z][^\s/>]*)(?:"[^"]*(?:"|$)|'[^']*(?:'|$)|[^>"'])*(?:>|$)|<[!?/][^>]*(?:>|$)/gi;

/** Inline elements join text without a space (`Ing<em>é</em>nieur`); every other tag separates. */
const PHRASING = /^(a|abbr|b|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|u)$/i;

/** `&#8217;`, `&#x2019;` or a named entity; only with its `;`. */
const ENTITY = /&(?:#(\d+|x[\da-f]+)|([a-z]+));/gi;

/**
 * The named entities WordPress writes (its typographic quotes and dashes are numeric, `&#8217;`,
 * except the French « » of its translation); accented letters are composed below.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', hellip: '…', laquo: '«', raquo: '»', oelig: 'œ', OElig: 'Œ',
};

/** `&eacute;` → e + U+0301 → é (NFC): every accented letter without a table of each. */
const MARKS: Record<string, string> = {
  grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327',
};

function decodeEntity(raw: string, number?: string, name?: string): string {
  if (name) {
    const character = Object.hasOwn(NAMED, name) ? NAMED[name]! : (name[0] + MARKS[name.slice(1)]).normalize();
    return character.length === 1 ? character : raw;
  }
  // `Number('0x2019')` reads hex, and `Number('08217')` is decimal. Not NUL, beyond Unicode or a
  // surrogate (U+D800–U+DFFF are the code points whose bits above the 11th read 27).
  const code = Number(`0${number}`);
  return code && code < 0x110000 && code >> 11 !== 27 ? String.fromCodePoint(code) : '\ufffd';
}
