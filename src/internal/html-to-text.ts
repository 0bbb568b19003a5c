/**
 * Plain text from the HTML fragments CMSs put in JSON (WordPress `title.rendered` and
 * `excerpt.rendered`, JSON Feed `content_html`), read by a small scanner of our own.
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
export function htmlToText(html: string): string {
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
  const collapsed = text.replace(/[\t\n\f\r ]+/g, ' ').trim();
  const cut = /\s*\[(?:…|\.\.\.)\]$/.exec(collapsed);
  if (!cut) return collapsed;
  const kept = collapsed.slice(0, cut.index);
  return !kept || /[.!?…]$/.test(kept) ? kept : `${kept}…`;
}

/**
 * A comment; a start or end tag (quoted attribute values may hold `>`; a tag cut off by the end
 * of the string is dropped whole, as a browser does); a doctype, `<?…>` or other bogus comment.
 * A `<` not followed by a letter, `/`, `!` or `?` is text (`a <3 b`).
 */
const TOKEN = /<!--[\s\S]*?(?:--!?>|$)|<(\/?)([a-z][^\s/>]*)((?:"[^"]*(?:"|$)|'[^']*(?:'|$)|[^>"'])*)(?:>|$)|<[!?/][^>]*(?:>|$)/gi;

/** Elements whose content is code or fallback for another medium, dropped with the element. */
const SKIPPED = /^(?:script|style|template|noscript|textarea|title|iframe|object|video|audio|canvas|svg|math|select|noembed|noframes|xmp)$/;

/** Inline elements: their tags join text without a space (`Ing<em>é</em>nieur`). Others separate. */
const PHRASING = /^(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)$/;

const MORE_CLASS = /\bclass\s*=\s*["']?[^"'>]*\bmore/i;
const READ_MORE = /^\s*(?:lire la suite|lire plus|en savoir plus|continuer la lecture|read more|continue reading|keep reading|learn more)\b/i;

/** The named entities WordPress and editors emit; accented letters are composed below. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“',
  rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•',
  middot: '·', prime: '′', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥',
  cent: '¢', sect: '§', para: '¶', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½',
  frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c', larr: '←',
  rarr: '→', uarr: '↑', darr: '↓', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', szlig: 'ß',
  oslash: 'ø', Oslash: 'Ø', eth: 'ð', thorn: 'þ',
};

/** `&eacute;` → e + U+0301 → é (NFC): the accented letters without a table of each. */
const MARKS: Record<string, string> = {
  grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327',
};

/** What the HTML spec maps `&#128;`–`&#159;` to (Windows-1252), for text pasted from Word. */
const WINDOWS_1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

const ENTITY = /&(?:#(\d{1,8})|#x([\da-f]{1,8})|([a-z][a-z\d]{1,31}));?/gi;

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (raw, decimal?: string, hex?: string, name?: string) => {
    if (name) {
      if (!raw.endsWith(';')) return raw;
      const named = NAMED[name];
      if (named) return named;
      const [, letter, mark] = /^([aceinouyACEINOUY])([a-z]+)$/.exec(name) ?? [];
      const composed = letter && MARKS[mark!] ? (letter + MARKS[mark!]).normalize('NFC') : '';
      return composed.length === 1 ? composed : raw;
    }
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80]!;
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  });
}
