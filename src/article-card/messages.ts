import type { Locale } from '../internal/locale.js';

/** The card's strings; `en` must have every `fr` key. */
const fr = {
  published: (date: string) => `Publiée le ${date}`,
  /** `duration` is "4 minutes", written out by Intl. */
  readingTime: (duration: string) => `${duration} de lecture`,
  tags: 'Mots-clés',
  empty: 'Aucun article à afficher.',
};

export const messages: Record<Locale, typeof fr> = {
  fr,
  en: {
    published: (date) => `Published ${date}`,
    readingTime: (duration) => `${duration} to read`,
    tags: 'Tags',
    empty: 'No article to show.',
  },
};
