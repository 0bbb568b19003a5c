import type { Locale } from '../src/internal/locale.js';
import type { Tag } from './specimens.js';

/**
 * Copy-paste embeds. The CDN address is the README's, pinned to this version (raise it with
 * package.json's). The dev server has no build, so no hashes: the README's snippet and the
 * published `dist/integrity.json` carry `integrity` and `crossorigin` for each file.
 */

const cdn = 'https://cdn.jsdelivr.net/npm/campus-widgets@0.2.0/dist';

const usage: Record<Tag, Record<Locale, string>> = {
  'event-banner': {
    fr: `<event-banner endpoint="/api/open-days">
  <a href="/journees-portes-ouvertes">Nos prochaines journées portes ouvertes</a>
</event-banner>`,
    en: `<event-banner endpoint="/api/open-days">
  <a href="/open-days">Our next open days</a>
</event-banner>`,
  },
  'callback-form': {
    fr: `<callback-form endpoint="/api/callbacks" privacy-url="/confidentialite">
  <option value="big-data-ia">Mastère Big Data & IA</option>
</callback-form>`,
    en: `<callback-form endpoint="/api/callbacks" privacy-url="/privacy">
  <option value="big-data-ia">MSc Big Data & AI</option>
</callback-form>`,
  },
  'article-card': {
    fr: `<article-card endpoint="/api/articles" index="0">
  <a href="/actualites">Toutes nos actualités</a>
</article-card>`,
    en: `<article-card endpoint="/api/articles" index="0">
  <a href="/news">All our news</a>
</article-card>`,
  },
};

export interface Snippet {
  id: string;
  /** The element, or undefined for the all-in-one bundle. */
  tag?: Tag;
  module: string;
  classic: string;
}

export function embedSnippets(locale: Locale): Snippet[] {
  const tags = Object.keys(usage) as Tag[];
  // The opt-in stylesheet first: it gives each element its box before the script runs (no layout shift).
  const stylesheet = `<link rel="stylesheet" href="${cdn}/campus-widgets.css">`;
  const classic = `${stylesheet}\n<script src="${cdn}/campus-widgets.iife.js" defer></script>`;
  return [
    ...tags.map((tag) => ({
      id: tag,
      tag,
      module: `${stylesheet}\n<script type="module" src="${cdn}/${tag}.js"></script>\n\n${usage[tag][locale]}`,
      classic: `${classic}\n\n${usage[tag][locale]}`,
    })),
    {
      id: 'all',
      module: `${stylesheet}\n<script type="module" src="${cdn}/campus-widgets.js"></script>\n\n${tags.map((tag) => usage[tag][locale]).join('\n')}`,
      classic: `${classic}\n\n${tags.map((tag) => usage[tag][locale]).join('\n')}`,
    },
  ];
}
