import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/event-banner/define.js';
import type { EventBanner } from '../../src/event-banner/event-banner.js';
import { MockApi, type MockResponse } from '../helpers/mock-api.js';

/** The school's open day, as the native payload gives it. */
export const jpo = {
  id: 'jpo-2026-11-14',
  title: 'Journée Portes Ouvertes Digitale',
  description: 'Rencontrez nos équipes pédagogiques en ligne.',
  startsAt: '2026-11-14T10:00:00+01:00',
  endsAt: '2026-11-14T17:00:00+01:00',
  timeZone: 'Europe/Paris',
  location: { name: 'En ligne', online: true },
  registration: { url: 'https://school.example/inscription', label: 'Inscrivez-vous' },
};

export const campusDay = {
  id: 'jpo-2026-12-05',
  title: 'Journée Portes Ouvertes sur le campus',
  startsAt: '2026-12-05T10:00:00+01:00',
  endsAt: '2026-12-05T17:00:00+01:00',
  timeZone: 'Europe/Paris',
  location: { name: 'Campus de Paris', online: false },
  registration: { url: 'https://school.example/inscription-campus', label: 'Je m’inscris' },
};

export interface MountOptions {
  attributes?: Record<string, string>;
  /** The wrapper's `lang` (default `fr`). */
  lang?: string;
  /** Light-DOM fallback markup. */
  fallback?: string;
  /** Extra scripted responses after the first (the last repeats). */
  then?: MockResponse[];
}

/**
 * Serves `response` from the mock API, mounts a banner on it and waits until it has loaded
 * (or failed) and rendered. Works under sinon fake timers: it waits on events, not on timers.
 */
export async function mount(response: MockResponse, options: MountOptions = {}): Promise<EventBanner> {
  const url = await new MockApi().script('/open-days', response, ...(options.then ?? []));
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'fr'}></div>`);
  const el = document.createElement('event-banner');
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  el.setAttribute('endpoint', url);
  if (options.fallback) el.innerHTML = options.fallback;
  const settled = Promise.race([oneEvent(el, 'campus-load'), oneEvent(el, 'campus-error')]);
  wrapper.append(el);
  await settled;
  await el.updateComplete;
  return el;
}

/** Mounts a banner on a JSON body. */
export const mountWith = (body: unknown, options?: MountOptions) => mount({ body }, options);

/** Collapses whitespace, including the narrow no-break spaces `Intl` puts in dates and times. */
export const squish = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const part = (el: EventBanner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const partText = (el: EventBanner, name: string) => squish(part(el, name)?.textContent);

/** What the eye reads in the countdown (hidden from screen readers). */
export const shownCountdown = (el: EventBanner) => squish(part(el, 'countdown')?.querySelector('[aria-hidden="true"]')?.textContent);
/** The stable sentence screen readers get instead. */
export const spokenCountdown = (el: EventBanner) => squish(part(el, 'countdown')?.querySelector('.visually-hidden')?.textContent);

/** A copy of `object` without `keys`. */
export function omit<T extends object, K extends keyof T>(object: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...object };
  for (const key of keys) delete copy[key];
  return copy;
}
