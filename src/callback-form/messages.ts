import type { Locale } from '../internal/locale.js';

// French typography: a no-break space before "?" and ":" keeps them on their word's line.
const fr = {
  heading: 'Une question\u00a0? Nous vous rappelons',
  /** `mode="dialog"`: the block that opens the form, as the reference page shows it; its button reads `submit`. */
  teaser: ['Une question\u00a0?', 'Nous vous recontactons\u00a0!'],
  submit: 'Être recontacté',
  sending: 'Envoi…',
  /** The optional fields say so. */
  labels: {
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'E-mail',
    phone: 'Téléphone',
    programme: 'Formation (facultatif)',
    slot: 'Quand appeler (facultatif)',
    message: 'Message (facultatif)',
  } as Record<string, string>,
  /** The empty choice of the programme and slot lists. */
  any: 'Peu importe',
  /** The slot choices, by the value sent (the request schema lists the same). */
  slots: { morning: 'Matin', afternoon: 'Après-midi', evening: 'Soir' },
  /** The consent sentence around its link; sent as `consent.text`. */
  consent: ['J’accepte d’être rappelé, selon notre ', 'politique de confidentialité', '.'],
  errorPrefix: 'Erreur\u00a0:',
  summary: 'Il y a un problème',
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
  unavailable: 'Envoi impossible\u00a0: réessayez plus tard.',
  sent: 'Merci\u00a0! Nous vous rappelons bientôt.',
  queued: 'Votre demande partira dès que le serveur répondra.',
  /** Storage refused: said under the form, and after `queued`. */
  notKept: 'Rien n’est gardé si vous quittez la page.',
};

export type CallbackFormMessages = typeof fr;

const en: CallbackFormMessages = {
  heading: 'Got a question? We’ll call you back',
  teaser: ['Got a question?', 'We’ll call you back!'],
  submit: 'Call me back',
  sending: 'Sending…',
  labels: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone',
    programme: 'Programme (optional)',
    slot: 'When to call (optional)',
    message: 'Message (optional)',
  },
  any: 'Any',
  slots: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' },
  consent: ['I agree to be called back, under our ', 'privacy policy', '.'],
  errorPrefix: 'Error:',
  summary: 'There is a problem',
  missing: (label) => `Enter your ${label.toLowerCase()}`,
  invalid: {
    consent: 'Select the box to be called back',
    email: 'Enter an address like name@example.com',
    phone: 'Enter a number like 06 12 34 56 78 or +32 470 12 34 56',
  },
  tooLong: (max) => `Write ${max} characters or fewer`,
  rateLimited: (delay) => `Too many requests. Try again in ${delay}.`,
  unavailable: 'Could not send: try again later.',
  sent: 'Thank you! We’ll call you back soon.',
  queued: 'Your request will be sent once the server answers.',
  notKept: 'Nothing is kept if you leave this page.',
};

export const callbackFormMessages: Record<Locale, CallbackFormMessages> = { fr, en };
