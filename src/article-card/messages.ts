import type { Locale } from '../internal/locale.js';

/** The card's strings; `en` must have every `fr` key. */
const fr = {
  /** The locale dates are written in: `fr` "28 juillet 2020", `en-GB` "28 July 2020". */
  dateLocale: 'fr-FR',
  published: (date: string) => `Publiée le ${date}`,
  /** `duration` is "4 minutes", written out by Intl. */
  readingTime: (duration: string) => `${duration} de lecture`,
  tags: 'Mots-clés',
  empty: 'Aucun article à afficher pour le moment.',
};

export const messages: Record<Locale, typeof fr> = {
  fr,
  en: {
    dateLocale: 'en-GB',
    published: (date) => `Published ${date}`,
    readingTime: (duration) => `${duration} to read`,
    tags: 'Tags',
    empty: 'No article to show at the moment.',
  },
};
