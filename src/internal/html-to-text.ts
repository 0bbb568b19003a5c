/**
 * Plain text from the HTML fragments CMSs put in JSON (WordPress `title.rendered`,
 * `excerpt.rendered`, term names, JSON Feed `content_html`), read by a small tokenizer of our own.
 *
 * Not `innerHTML`, `DOMParser` or `<template>`: they are Trusted Types sinks (blocked on a strict
 * page), and parsing hostile markup is how an `<img onerror>` runs. Here markup is only ever
 * removed: tags are dropped, `<script>`/`<style>`-like elements lose their content too, block
 * tags become spaces; entities are decoded, once (`&amp;lt;` stays the text `&lt;`), and
 * whitespace collapses (non-breaking spaces are kept: French puts one before `?` and `:`).
 * Control characters and bidirectional overrides are dropped.
 *
 * One pass with an index that only moves forward; a regular expression only ever looks at a
 * window of a few characters. So the time is linear whatever the text: regular expressions with
 * overlapping quantifiers over the whole field took 33 s on 100,000 non-breaking spaces.
 *
 * WordPress excerpt noise goes too: the "Lire la suite" / "Read more" link a theme appends, and
 * the `[…]` that marks a cut (an ellipsis is kept when the text does not already end a sentence).
 */
export function htmlToText(html = ''): string {
  const { length } = html;
  let at = 0;
  let out = '';
  /** Whitespace or a block tag was read since the last character written. */
  let space = false;
  /** Inside a "read more" link: nothing is written until its end tag. */
  let skipping = false;
  /** `out` and `space` where the link being read started, until its first text tells whether it is a "read more". */
  let linkOut: string | undefined;
  let linkSpace = false;
  /** The next `;` at or after `at`, found again only once passed: entities stay linear. */
  let semicolon = -1;

  const write = (text: string): void => {
    if (skipping) return;
    linkOut = undefined;
    out += space && out ? ` ${text}` : text;
    space = false;
  };
  /** Moves past the next `what` (or to the end: an unclosed construct runs to the end, as in a browser). */
  const skipPast = (what: string, from = at): void => {
    const found = html.indexOf(what, from);
    at = found < 0 ? length : found + what.length;
  };
  /** Moves past a name or an unquoted value: up to whitespace, `>` or, for a name, `/` and `=`. */
  const skipWord = (name: boolean): void => {
    for (let code; at < length && !isSpace((code = html.charCodeAt(at))) && code !== 62; at++) {
      if (name && (code === 47 || code === 61)) break;
    }
  };
  /**
   * At a `&`: the character of the reference there, moving past it; `undefined` when it is none
   * (the `&` is text). A reference ends with its `;` within a dozen characters: the longest
   * HTML 4 name is `thetasym`.
   */
  const reference = (): string | undefined => {
    if (semicolon < at) {
      semicolon = html.indexOf(';', at);
      if (semicolon < 0) semicolon = length + 12; // none: never searched again, never near
    }
    const name = semicolon - at < 12 ? html.slice(at + 1, semicolon) : '';
    const found = !name ? undefined : name[0] === '#' ? numericCharacter(name) : namedCharacter(name);
    if (found !== undefined) at = semicolon + 1;
    return found;
  };
  const skipSpaces = (): void => {
    while (isSpace(html.charCodeAt(at))) at++;
  };

  let character: string | undefined;
  while (at < length) {
    const code = html.charCodeAt(at);
    const next = html.charCodeAt(at + 1);
    if (code === 60 /* < */) {
      if (html.startsWith('<!--', at)) {
        skipPast('-->', at + 2); // `<!-->` closes at once
      } else if (isLetter(next) || (next === 47 && isLetter(html.charCodeAt(at + 2)))) {
        // A start or end tag, read as a browser reads it: quoted attribute values may hold `>`;
        // a tag cut off by the end of the text is dropped whole.
        const end = next === 47;
        const start = (at += end ? 2 : 1);
        skipWord(true);
        const name = html.slice(start, at).toLowerCase();
        let moreClass = false;
        let selfClosing = false;
        while (at < length && html.charCodeAt(at) !== 62 /* > */) {
          selfClosing = html.charCodeAt(at) === 47; /* / */
          if (selfClosing || isSpace(html.charCodeAt(at))) {
            at++;
            continue;
          }
          const attribute = at;
          if (html.charCodeAt(at) === 61) at++; // `=` starts a name there
          skipWord(true);
          const attributeEnd = at;
          skipSpaces();
          if (html.charCodeAt(at) !== 61 /* = */) continue;
          at++;
          skipSpaces();
          const quote = html[at]!;
          const valueStart = at + (quote === '"' || quote === "'" ? 1 : 0);
          if (valueStart > at) skipPast(quote, valueStart);
          else skipWord(false);
          // WordPress's `more-link`, a theme's `read-more-btn`…
          moreClass ||=
            html.slice(valueStart, at).includes('more') && html.slice(attribute, attributeEnd).toLowerCase() === 'class';
        }
        at++;
        if (name === 'a') {
          if (end || moreClass) {
            skipping = !end && moreClass;
            linkOut = undefined;
          } else if (!skipping) {
            linkOut = out;
            linkSpace = space;
          }
        }
        if (end || selfClosing || !HIDDEN.has(name)) {
          space ||= !PHRASING.has(name);
        } else {
          // Dropped with its content, up to its end tag (`</script …>`).
          for (let close = html.indexOf('</', at); ; close = html.indexOf('</', close + 2)) {
            const after = html.charCodeAt(close + 2 + name.length);
            if (close < 0 || (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name && !isLetter(after))) {
              skipPast('>', close < 0 ? length : close);
              break;
            }
          }
        }
      } else if (next === 33 || next === 47 || next === 63 /* ! / ? */) {
        skipPast('>'); // a doctype, `<?php …?>` or another bogus comment
      } else {
        write('<'); // `a <3 b`
        at++;
      }
    } else if (code === 38 /* & */ && (character = reference()) !== undefined) {
      const decoded = character.charCodeAt(0);
      if (isSpace(decoded)) space = true;
      else if (!isDropped(decoded)) write(character);
    } else if (isSpace(code)) {
      space = true;
      at++;
    } else if (isDropped(code)) {
      at++;
    } else {
      // A run of text (from a `&` that is text, maybe). At a link's first text: a "read more" drops the link and what it wrote.
      if (linkOut !== undefined && /^(lire la suite|continuer la lecture|read more|continue reading)\b/i.test(html.slice(at, at + 21))) {
        out = linkOut;
        space = linkSpace;
        skipping = true;
      }
      const start = at;
      for (let code; ++at < length && (code = html.charCodeAt(at)) !== 60 && code !== 38 && !isSpace(code) && !isDropped(code); );
      write(html.slice(start, at));
    }
  }
  // WordPress's `[…]` (or `[...]`) at the end of a cut excerpt: `…`, or nothing after a sentence's end.
  const cut = out.endsWith('[…]') ? 3 : out.endsWith('[...]') ? 5 : 0;
  if (!cut) return out;
  out = out.slice(0, -cut).trimEnd();
  return '.!?…'.includes(out.at(-1) ?? '') ? out : `${out}…`;
}

/**
 * Runs `convert` (which calls {@link htmlToText}) and, if the text held an entity of the full
 * HTML 4 table while that table was not loaded yet, loads it and runs `convert` again. The table
 * costs a page nothing until a payload needs it.
 */
export async function withAllEntities<T>(convert: () => T): Promise<T> {
  missedEntity = false;
  const result = convert();
  if (!missedEntity) return result;
  allEntities = (await import('./html-entities.js')).htmlEntities;
  return convert();
}

/** The full table, once a payload needed it. */
let allEntities: ReadonlyMap<string, string> | undefined;
/** An entity name was met that only the full table may know. */
let missedEntity = false;

/**
 * The named entities a French or English WordPress writes (its typography filter: quotes,
 * dashes, primes, ellipsis, guillemets) and the characters HTML escapes; accented letters are
 * composed below. Every other HTML 4 entity is in `html-entities.ts`.
 */
const COMMON: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', laquo: '«', raquo: '»',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', prime: '′', Prime: '″',
  oelig: 'œ', OElig: 'Œ', euro: '€',
};

/** `&eacute;` → e + U+0301 → é (NFC): every accented letter without a table of each. */
const MARKS: Record<string, string> = {
  grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327',
};

/** A named entity's character; `undefined` for a name HTML 4 does not have (the text stays as written). */
function namedCharacter(name: string): string | undefined {
  if (Object.hasOwn(COMMON, name)) return COMMON[name];
  if (!/^[a-z][a-z\d]+$/i.test(name)) return;
  const mark = name.slice(1);
  const accented = Object.hasOwn(MARKS, mark) && (name[0] + MARKS[mark]).normalize();
  if (accented && accented.length < 2) return accented;
  missedEntity ||= !allEntities;
  return allEntities?.get(name);
}

/** Code points 128–159 in a numeric entity mean Windows-1252, as browsers read them (`\0`: none there). */
const WINDOWS_1252 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

/**
 * A numeric reference's character (`#8217`, `#x2019`); NUL, a surrogate or a number beyond
 * Unicode read as U+FFFD, as browsers do.
 */
function numericCharacter(reference: string): string | undefined {
  if (!/^#(\d+|x[\da-f]+)$/i.test(reference)) return;
  const code = Number(`0${reference.slice(1)}`); // `0x2019` reads hex, `08217` decimal
  if (code >= 128 && code < 160) return WINDOWS_1252[code - 128]!;
  return code && code < 0x110000 && code >> 11 !== 27 ? String.fromCodePoint(code) : '\ufffd';
}

/** Elements whose content a page never shows as text: dropped with that content. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'title', 'iframe', 'svg']);

/** Inline elements join text without a space (`Ing<em>é</em>nieur`); every other tag separates. */
const PHRASING = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

const isLetter = (code: number) => (code | 32) > 96 && (code | 32) < 123;

/** HTML's whitespace: tab, line feed, form feed, carriage return, space. */
const isSpace = (code: number) => code === 32 || (code > 8 && code < 14 && code !== 11);

/** C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates (U+202A–E, U+2066–9). */
const isDropped = (code: number) =>
  code < 32 || (code > 126 && code < 160) || (code > 0x2029 && code < 0x202f) || (code > 0x2065 && code < 0x206a);
