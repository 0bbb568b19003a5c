import { html, type TemplateResult } from 'lit';
import type { Locale } from '../internal/locale.js';
import { googleLink, icsOf, outlookLink, type EventPlace } from './ics.js';
import type { ScheduledEvent } from './time.js';

/**
 * The banner's "Ajouter à mon agenda" links (`calendar`): a chunk of its own, loaded with
 * `import()` by the banners that show them.
 *
 * The `.ics` file is a `data:` link with `download`: it needs no script when followed, so it
 * works under the strict CSP (`default-src 'self'` governs what a page loads, not what it
 * downloads), and no object URL to create and revoke. Google Calendar and Outlook are plain
 * links to their own "new event" pages: no third-party script.
 */

const messages = {
  fr: { add: 'Ajouter à mon agenda\u00a0:', ics: 'Fichier .ics (Apple, Outlook…)', google: 'Google Agenda', outlook: 'Outlook.com' },
  en: { add: 'Add to calendar:', ics: '.ics file (Apple, Outlook…)', google: 'Google Calendar', outlook: 'Outlook.com' },
};

export type CalendarKind = 'ics' | 'google' | 'outlook';

interface Links {
  file: string;
  ics: string;
  google: string;
  outlook: string;
}

/**
 * The links of each event shown, built once: the banner renders at every tick. Its events are
 * worked out once per payload, so an event object stands for its times; only the place's wording
 * (the locale's "En ligne") may change.
 */
const built = new WeakMap<ScheduledEvent, Links & EventPlace>();

function linksOf(event: ScheduledEvent, place: EventPlace): Links {
  const links = built.get(event);
  if (links && links.location === place.location && links.url === place.url) return links;
  const fresh = {
    ...place,
    // A file name from the id, whatever it holds (a JSON-LD id is a URL).
    file: `${event.id.replace(/[^\w-]+/g, '-')}.ics`,
    ics: `data:text/calendar;charset=utf-8,${encodeURIComponent(icsOf(event, place, siteHost(), Date.now()))}`,
    google: googleLink(event, place),
    outlook: outlookLink(event, place),
  };
  built.set(event, fresh);
  return fresh;
}

/** The site's domain, for the `.ics` UID. */
const siteHost = () => globalThis.location?.hostname || 'campus-widgets';

/** The `calendar` part: "Ajouter à mon agenda : Fichier .ics · Google Agenda · Outlook.com". `onAdd` runs when one is followed. */
export function calendarLinks(
  event: ScheduledEvent,
  place: EventPlace,
  locale: Locale,
  onAdd: (kind: CalendarKind) => void,
): TemplateResult {
  const t = messages[locale];
  const links = linksOf(event, place);
  return html`<p part="calendar" class="calendar">
    ${t.add}
    <a href=${links.ics} download=${links.file} @click=${() => onAdd('ics')}>${t.ics}</a>
    <a href=${links.google} target="_blank" rel="noopener" @click=${() => onAdd('google')}>${t.google}</a>
    <a href=${links.outlook} target="_blank" rel="noopener" @click=${() => onAdd('outlook')}>${t.outlook}</a>
  </p>`;
}
