import type { Locale } from './locale.js';

/** Strings every data element shows; each element keeps its own table beside its class. */
export const commonMessages = {
  fr: {
    unavailable: 'Ce contenu est momentanément indisponible.',
    misconfigured: 'Ce contenu ne peut pas être affiché.',
  },
  en: {
    unavailable: 'This content is unavailable at the moment.',
    misconfigured: 'This content cannot be displayed.',
  },
} satisfies Record<Locale, Record<string, string>>;
