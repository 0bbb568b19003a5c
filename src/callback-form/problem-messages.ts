import type { Locale } from '../internal/locale.js';

/**
 * How the form words a problem with a request: needed only once the visitor submits, so these
 * come with the submit pipeline (`pipeline.ts`), not with the form's first render.
 */
const fr = {
  /** What to fill in, for an empty field: its label. */
  missing: (label: string) => `Entrez votre ${label.toLowerCase()}`,
  /** How to put right what is filled but wrong (the consent box: unticked). */
  invalid: {
    consent: 'Cochez la case pour être rappelé',
    email: 'Entrez une adresse comme nom@exemple.fr',
    phone: 'Entrez un numéro comme 06 12 34 56 78 ou +32 470 12 34 56',
  } as Record<string, string>,
  tooLong: (max: string) => `Écrivez ${max} caractères au plus`,
  rateLimited: (delay: string) => `Trop de demandes. Réessayez dans ${delay}.`,
};

const en: typeof fr = {
  missing: (label) => `Enter your ${label.toLowerCase()}`,
  invalid: {
    consent: 'Select the box to be called back',
    email: 'Enter an address like name@example.com',
    phone: 'Enter a number like 06 12 34 56 78 or +32 470 12 34 56',
  },
  tooLong: (max) => `Write ${max} characters or fewer`,
  rateLimited: (delay) => `Too many requests. Try again in ${delay}.`,
};

export const problemMessages: Record<Locale, typeof fr> = { fr, en };
