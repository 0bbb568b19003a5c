import type { CampusState } from '../src/internal/campus-element.js';
import type { Localized } from './i18n.js';

/**
 * Every example the gallery shows, as data: the element, its attributes, its light-DOM children
 * and the state(s) it demonstrates. The page builds each element from this table and prints the
 * same table as the markup to copy, so what is shown and what is printed cannot drift apart.
 * The states come from the demo API (`?scenario=`), never from DOM faked by the page.
 */

export type Tag = 'event-banner' | 'callback-form' | 'article-card';

/** What the page does to a form once it is visible: submit it empty, or fill it in and send it. */
export type Drive = 'submit-empty' | 'fill-and-send';

/** A banner clock (`now`) the page computes from the open days' dates: during the next one. */
export type Clock = 'live';

export interface Specimen {
  /** Stable name, on the page as `data-specimen` (tests find the examples by it). */
  id: string;
  tag: Tag;
  title: Localized;
  note?: Localized;
  /** The states this example goes through, in order; the last one is where it stays. */
  states: CampusState[];
  attributes: Record<string, string | true>;
  /** Light-DOM fallback: a link, shown before the script loads and on error. */
  fallback?: { href: string; text: Localized };
  /** A `<span slot="heading">` child: the form's own heading instead of the default one. */
  heading?: Localized;
  /** `<option>` children: the form's programme choices. */
  options?: Array<{ value: string; label: string }>;
  /** Banners whose `now` attribute the page sets from /api/open-days. */
  clock?: Clock;
  drive?: Drive;
  /** Spans the gallery's full width. */
  wide?: boolean;
}

const openDaysFallback = {
  href: '/journees-portes-ouvertes',
  text: { fr: 'Voir nos prochaines journées portes ouvertes', en: 'See our next open days' },
};
const articleFallback = {
  href: '/actualites',
  text: { fr: 'Toutes nos actualités', en: 'All our news' },
};
const programmes = [
  { value: 'big-data-ia', label: 'Mastère Big Data & IA' },
  { value: 'cybersecurite', label: 'Bachelor Cybersécurité' },
  { value: 'developpement-web', label: 'Bachelor Développement web' },
];

/** `?case=` picks the open days the demo API serves for each banner state (demo/api/open-days.ts). */
export const bannerSpecimens: Specimen[] = [
  {
    id: 'banner-upcoming-bar',
    tag: 'event-banner',
    title: { fr: 'À venir — barre', en: 'Upcoming — bar' },
    note: { fr: 'Compte à rebours jusqu’à la prochaine journée.', en: 'Counts down to the next open day.' },
    states: ['loading', 'ready'],
    attributes: { endpoint: '/api/open-days' },
    fallback: openDaysFallback,
    wide: true,
  },
  {
    id: 'banner-upcoming-card',
    tag: 'event-banner',
    title: { fr: 'À venir — carte, refermable', en: 'Upcoming — card, dismissible' },
    note: { fr: 'Source schema.org JSON-LD.', en: 'schema.org JSON-LD source.' },
    states: ['loading', 'ready'],
    attributes: { endpoint: '/api/open-days.jsonld', variant: 'card', dismissible: true },
  },
  {
    id: 'banner-soon',
    tag: 'event-banner',
    title: { fr: 'Commence dans 15 secondes', en: 'Starts in 15 seconds' },
    note: {
      fr: 'case=soon : le compte à rebours arrive à zéro et la bannière passe seule à « en ce moment ».',
      en: 'case=soon: the countdown reaches zero and the banner goes live by itself.',
    },
    states: ['ready', 'live'],
    attributes: { endpoint: '/api/open-days?case=soon', variant: 'card' },
  },
  {
    id: 'banner-live-card',
    tag: 'event-banner',
    title: { fr: 'En cours — carte', en: 'Live — card' },
    note: { fr: 'case=live : commencée il y a une heure.', en: 'case=live: started an hour ago.' },
    states: ['live'],
    attributes: { endpoint: '/api/open-days?case=live', variant: 'card' },
  },
  {
    id: 'banner-live-bar',
    tag: 'event-banner',
    title: { fr: 'En cours — barre, horloge figée', en: 'Live — bar, frozen clock' },
    note: {
      fr: 'L’attribut now fige l’horloge pendant la prochaine journée : pour prévisualiser un état.',
      en: 'The now attribute freezes the clock during the next open day: to preview a state.',
    },
    states: ['live'],
    attributes: { endpoint: '/api/open-days' },
    clock: 'live',
    wide: true,
  },
  {
    id: 'banner-postponed',
    tag: 'event-banner',
    title: { fr: 'Reportée', en: 'Postponed' },
    note: {
      fr: 'case=postponed (EventPostponed) : date à confirmer, pas de compte à rebours.',
      en: 'case=postponed (EventPostponed): date to be confirmed, no countdown.',
    },
    states: ['ready'],
    attributes: { endpoint: '/api/open-days.jsonld?case=postponed', variant: 'card' },
  },
  {
    id: 'banner-rescheduled',
    tag: 'event-banner',
    title: { fr: 'Nouvelle date', en: 'Rescheduled' },
    note: { fr: 'case=rescheduled (EventRescheduled).', en: 'case=rescheduled (EventRescheduled).' },
    states: ['ready'],
    attributes: { endpoint: '/api/open-days.jsonld?case=rescheduled', variant: 'card' },
  },
  {
    id: 'banner-ended',
    tag: 'event-banner',
    title: { fr: 'Terminée', en: 'Ended' },
    note: { fr: 'case=ended : toutes les journées sont passées.', en: 'case=ended: every open day is over.' },
    states: ['ended'],
    attributes: { endpoint: '/api/open-days?case=ended' },
  },
  {
    id: 'banner-loading',
    tag: 'event-banner',
    title: { fr: 'Chargement', en: 'Loading' },
    note: { fr: 'scenario=slow : 2,5 s, la place est réservée.', en: 'scenario=slow: 2.5 s, the space is reserved.' },
    states: ['loading', 'ready'],
    attributes: { endpoint: '/api/open-days?scenario=slow' },
    wide: true,
  },
  {
    id: 'banner-error-fallback',
    tag: 'event-banner',
    title: { fr: 'Erreur, avec repli', en: 'Error, with fallback' },
    note: { fr: 'scenario=error (HTTP 500) : le lien de l’auteur reste.', en: 'scenario=error (HTTP 500): the author’s link stays.' },
    states: ['error'],
    attributes: { endpoint: '/api/open-days?scenario=error' },
    fallback: openDaysFallback,
  },
  {
    id: 'banner-error',
    tag: 'event-banner',
    title: { fr: 'Erreur, sans repli', en: 'Error, no fallback' },
    note: { fr: 'scenario=error (HTTP 500).', en: 'scenario=error (HTTP 500).' },
    states: ['error'],
    attributes: { endpoint: '/api/open-days?scenario=error' },
  },
  {
    id: 'banner-invalid',
    tag: 'event-banner',
    title: { fr: 'Réponse invalide', en: 'Invalid response' },
    note: { fr: 'scenario=invalid : du JSON d’une autre forme.', en: 'scenario=invalid: JSON of another shape.' },
    states: ['error'],
    attributes: { endpoint: '/api/open-days?scenario=invalid' },
  },
  {
    id: 'banner-empty',
    tag: 'event-banner',
    title: { fr: 'Aucune journée', en: 'No open day' },
    note: { fr: 'scenario=empty.', en: 'scenario=empty.' },
    states: ['empty'],
    attributes: { endpoint: '/api/open-days?scenario=empty' },
  },
];

/**
 * Several forms on one page: each has an `id`, as the form keeps its draft in sessionStorage under
 * its id (else its endpoint, which several share here), and its own heading (slot "heading"),
 * since a form is a landmark named by its heading and screen readers list them by name.
 */
export const formSpecimens: Specimen[] = [
  {
    id: 'form-ready',
    tag: 'callback-form',
    title: { fr: 'Vide, tous les champs', en: 'Empty, every field' },
    states: ['ready'],
    attributes: {
      id: 'form-ready',
      endpoint: '/api/callbacks',
      'privacy-url': '/confidentialite',
      fields: 'programme,slot,message',
      source: 'demo-ready',
    },
    options: programmes,
  },
  {
    id: 'form-dialog',
    tag: 'callback-form',
    title: { fr: 'En boîte de dialogue (mode="dialog")', en: 'In a dialog (mode="dialog")' },
    note: {
      fr: 'Le bloc de la page de référence : son bouton ouvre le formulaire dans une boîte de dialogue modale ; Échap ou « Fermer » la referment, la saisie est gardée.',
      en: 'The reference page’s block: its button opens the form in a modal dialog; Escape or “Close” close it, what was typed is kept.',
    },
    states: ['ready'],
    attributes: { id: 'form-dialog', mode: 'dialog', endpoint: '/api/callbacks', 'privacy-url': '/confidentialite', source: 'demo-dialog' },
    options: programmes,
  },
  {
    id: 'form-invalid',
    tag: 'callback-form',
    heading: { fr: 'Une question ? (envoyé vide)', en: 'A question? (sent empty)' },
    title: { fr: 'Erreurs de saisie', en: 'Field errors' },
    note: { fr: 'Envoyé vide : vérifié dans le navigateur.', en: 'Sent empty: checked in the browser.' },
    states: ['error'],
    attributes: { id: 'form-invalid', endpoint: '/api/callbacks', 'privacy-url': '/confidentialite', source: 'demo-invalid' },
    options: programmes,
    drive: 'submit-empty',
  },
  {
    id: 'form-rejected',
    tag: 'callback-form',
    heading: { fr: 'Une question ? (refusé par le serveur)', en: 'A question? (refused by the server)' },
    title: { fr: 'Refusé par le serveur', en: 'Refused by the server' },
    note: { fr: 'scenario=422 : l’erreur du serveur sur son champ.', en: 'scenario=422: the server’s error on its field.' },
    states: ['submitting', 'error'],
    attributes: { id: 'form-rejected', endpoint: '/api/callbacks?scenario=422', 'privacy-url': '/confidentialite', source: 'demo-rejected' },
    options: programmes,
    drive: 'fill-and-send',
  },
  {
    id: 'form-rate-limited',
    tag: 'callback-form',
    heading: { fr: 'Une question ? (trop de demandes)', en: 'A question? (rate limited)' },
    title: { fr: 'Trop de demandes', en: 'Rate limited' },
    note: { fr: 'scenario=429, Retry-After: 120.', en: 'scenario=429, Retry-After: 120.' },
    states: ['submitting', 'error'],
    attributes: { id: 'form-rate-limited', endpoint: '/api/callbacks?scenario=429', 'privacy-url': '/confidentialite', source: 'demo-rate-limited' },
    options: programmes,
    drive: 'fill-and-send',
  },
  {
    id: 'form-queued',
    tag: 'callback-form',
    heading: { fr: 'Une question ? (serveur en panne)', en: 'A question? (server down)' },
    title: { fr: 'Serveur en panne : mis de côté', en: 'Server down: queued' },
    note: {
      fr: 'scenario=error (HTTP 500) : 3 essais en 15 s environ, puis gardé pour plus tard.',
      en: 'scenario=error (HTTP 500): 3 attempts in about 15 s, then kept for later.',
    },
    states: ['submitting', 'queued'],
    attributes: { id: 'form-queued', endpoint: '/api/callbacks?scenario=error', 'privacy-url': '/confidentialite', source: 'demo-queued' },
    options: programmes,
    drive: 'fill-and-send',
  },
  {
    id: 'form-offline',
    tag: 'callback-form',
    heading: { fr: 'Une question ? (hors ligne)', en: 'A question? (offline)' },
    title: { fr: 'Réseau coupé : gardé hors ligne', en: 'Network down: queued offline' },
    note: {
      fr: 'scenario=offline : la connexion tombe sans réponse pendant 20 s ; la demande attend dans la boîte d’envoi, puis part au retour en ligne.',
      en: 'scenario=offline: the connection drops without an answer for 20 s; the request waits in the outbox and goes when the browser is back online.',
    },
    states: ['submitting', 'queued'],
    attributes: { id: 'form-offline', endpoint: '/api/callbacks?scenario=offline', 'privacy-url': '/confidentialite', source: 'demo-offline' },
    options: programmes,
    drive: 'fill-and-send',
  },
  {
    id: 'form-flaky',
    tag: 'callback-form',
    heading: { fr: 'Une question ? (serveur instable)', en: 'A question? (flaky server)' },
    title: { fr: 'Serveur instable : réessayé, envoyé', en: 'Flaky server: retried, sent' },
    note: { fr: 'scenario=flaky : deux 503, puis accepté.', en: 'scenario=flaky: two 503s, then accepted.' },
    states: ['submitting', 'success'],
    attributes: { id: 'form-flaky', endpoint: '/api/callbacks?scenario=flaky', 'privacy-url': '/confidentialite', source: 'demo-flaky' },
    options: programmes,
    drive: 'fill-and-send',
  },
  {
    id: 'form-sent',
    tag: 'callback-form',
    heading: { fr: 'Une question ? (envoyé)', en: 'A question? (sent)' },
    title: { fr: 'Envoyé', en: 'Sent' },
    note: { fr: 'Visible plus bas, dans les demandes reçues.', en: 'Listed below, in the received requests.' },
    states: ['submitting', 'success'],
    attributes: { id: 'form-sent', endpoint: '/api/callbacks', 'privacy-url': '/confidentialite', source: 'demo-sent' },
    options: programmes,
    drive: 'fill-and-send',
  },
];

/** Cards sit under the specimens' h3 titles: their own heading is an h4. */
const card = (attributes: Record<string, string | true>) => ({ 'heading-level': '4', ...attributes });

export const cardSpecimens: Specimen[] = [
  {
    id: 'card-vertical',
    tag: 'article-card',
    title: { fr: 'Verticale', en: 'Vertical' },
    note: { fr: 'Format natif : { articles }.', en: 'Native format: { articles }.' },
    states: ['loading', 'ready'],
    attributes: card({ endpoint: '/api/articles', index: '0', variant: 'vertical' }),
  },
  {
    id: 'card-horizontal',
    tag: 'article-card',
    title: { fr: 'Horizontale', en: 'Horizontal' },
    states: ['loading', 'ready'],
    attributes: card({ endpoint: '/api/articles', index: '0', variant: 'horizontal' }),
    wide: true,
  },
  {
    id: 'card-compact',
    tag: 'article-card',
    title: { fr: 'Compacte', en: 'Compact' },
    states: ['loading', 'ready'],
    attributes: card({ endpoint: '/api/articles', index: '0', variant: 'compact' }),
  },
  {
    id: 'card-by-id',
    tag: 'article-card',
    title: { fr: 'Par identifiant', en: 'By id' },
    note: { fr: 'article-id dans la liste.', en: 'article-id in the list.' },
    states: ['loading', 'ready'],
    attributes: card({ endpoint: '/api/articles', 'article-id': 'data-engineer' }),
  },
  {
    id: 'card-single',
    tag: 'article-card',
    title: { fr: 'Un seul article', en: 'A single article' },
    note: { fr: 'GET /api/articles/:id renvoie l’objet seul.', en: 'GET /api/articles/:id returns the bare object.' },
    states: ['loading', 'ready'],
    attributes: card({ endpoint: '/api/articles/jpo-retour', variant: 'compact' }),
  },
  {
    id: 'card-json-feed',
    tag: 'article-card',
    title: { fr: 'JSON Feed 1.1', en: 'JSON Feed 1.1' },
    states: ['loading', 'ready'],
    attributes: card({ endpoint: '/api/feed.json', index: '0' }),
  },
  {
    id: 'card-wordpress',
    tag: 'article-card',
    title: { fr: 'WordPress REST', en: 'WordPress REST' },
    note: {
      fr: 'HTML rendu transformé en texte, image interdite (403) ignorée.',
      en: 'Rendered HTML turned into text, forbidden image (403) left out.',
    },
    states: ['loading', 'ready'],
    attributes: card({ endpoint: '/api/wp/v2/posts', index: '0' }),
  },
  {
    id: 'card-loading',
    tag: 'article-card',
    title: { fr: 'Chargement', en: 'Loading' },
    note: { fr: 'scenario=slow : 2,5 s.', en: 'scenario=slow: 2.5 s.' },
    states: ['loading', 'ready'],
    attributes: card({ endpoint: '/api/articles?scenario=slow', index: '1' }),
  },
  {
    id: 'card-error-fallback',
    tag: 'article-card',
    title: { fr: 'Erreur, avec repli', en: 'Error, with fallback' },
    note: { fr: 'scenario=error (HTTP 500).', en: 'scenario=error (HTTP 500).' },
    states: ['error'],
    attributes: card({ endpoint: '/api/articles?scenario=error' }),
    fallback: articleFallback,
  },
  {
    id: 'card-error',
    tag: 'article-card',
    title: { fr: 'Erreur, sans repli', en: 'Error, no fallback' },
    note: { fr: 'scenario=error (HTTP 500).', en: 'scenario=error (HTTP 500).' },
    states: ['error'],
    attributes: card({ endpoint: '/api/articles?scenario=error' }),
  },
  {
    id: 'card-invalid',
    tag: 'article-card',
    title: { fr: 'Réponse invalide', en: 'Invalid response' },
    note: { fr: 'scenario=invalid.', en: 'scenario=invalid.' },
    states: ['error'],
    attributes: card({ endpoint: '/api/articles?scenario=invalid' }),
  },
  {
    id: 'card-empty',
    tag: 'article-card',
    title: { fr: 'Liste vide', en: 'Empty list' },
    note: { fr: 'scenario=empty.', en: 'scenario=empty.' },
    states: ['empty'],
    attributes: card({ endpoint: '/api/articles?scenario=empty' }),
  },
  {
    id: 'card-not-found',
    tag: 'article-card',
    title: { fr: 'Index hors de la liste', en: 'Index past the list' },
    note: { fr: 'index="99" : vide, pas une erreur.', en: 'index="99": empty, not an error.' },
    states: ['empty'],
    attributes: card({ endpoint: '/api/articles', index: '99' }),
  },
];

export const sections: Array<{ tag: Tag; specimens: Specimen[] }> = [
  { tag: 'event-banner', specimens: bannerSpecimens },
  { tag: 'callback-form', specimens: formSpecimens },
  { tag: 'article-card', specimens: cardSpecimens },
];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The specimen as the HTML an author would write (shown as text, never parsed). */
export function specimenMarkup(specimen: Specimen, attributes: Record<string, string | true>, locale: 'fr' | 'en'): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const children = [
    ...(specimen.fallback ? [`<a href="${specimen.fallback.href}">${specimen.fallback.text[locale]}</a>`] : []),
    ...(specimen.heading ? [`<span slot="heading">${specimen.heading[locale]}</span>`] : []),
    ...(specimen.options ?? []).map((option) => `<option value="${option.value}">${option.label}</option>`),
  ];
  const inner = children.length ? `\n${children.map((child) => `  ${child}`).join('\n')}\n` : '';
  return `<${specimen.tag}${attrs}>${inner}</${specimen.tag}>`;
}
