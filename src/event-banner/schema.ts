import type { Locale } from '../internal/locale.js';
import { safeUrl } from '../internal/safe-url.js';
import { parseItems, parsePayload } from '../internal/load-json.js';
import { plainText } from '../internal/plain-text.js';
import * as z from '../internal/zod.js';
import { readTime } from '../internal/dates.js';
import { knownZone } from './time.js';

/**
 * The payloads an open-days endpoint may send, turned into one model: the native
 * `{ events: [...] }` list or a single event object, and schema.org `Event` / `EducationEvent`
 * JSON-LD (an object, an array or an `@graph`). JSON-LD nodes are first mapped field by field
 * onto the native shape, so one zod schema validates every event whatever its source.
 */

/** How an event stands; cancelled events never reach the model. */
export type EventStatus = 'scheduled' | 'postponed' | 'rescheduled' | 'moved-online';

/** One open day. Dates stay as written; `time.ts` places them in time. */
export interface OpenDay {
  id: string;
  title: string;
  description?: string;
  /** ISO 8601 date or date-time, as written in the payload. */
  startsAt: string;
  endsAt?: string;
  /** An IANA zone that `Intl` knows, if the payload named one. */
  timeZone?: string;
  status: EventStatus;
  location?: { name?: string; online: boolean };
  /** Only an http(s) link; `label` is the payload's own wording. */
  registration?: { url: string; label?: string };
}

const text = z.string().check(z.refine((value) => value.trim() !== '', 'must not be blank'));
const optionalText = z.optional(z.string());
const isoDate = z.string().check(z.refine((value) => !!readTime(value), 'must be an ISO 8601 date'));

const eventSchema = z.object({
  id: text,
  title: text,
  description: optionalText,
  startsAt: isoDate,
  endsAt: z.optional(isoDate),
  timeZone: optionalText,
  /** `moved-online`, `postponed`…, or a schema.org `eventStatus` URL. */
  status: optionalText,
  location: z.optional(z.object({ name: optionalText, online: z.optional(z.custom<boolean>((value) => typeof value === 'boolean')) })),
  registration: z.optional(z.object({ url: z.string(), label: optionalText })),
});

const isNode = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The status labels, once the rare formats have loaded (they always have when an event has a status other than `scheduled`). */
let statusLabels: typeof import('./event-status.js').statusLabels | undefined;

/**
 * "Reporté", "Nouvelle date", "Désormais en ligne": what the banner says before the date of an
 * event not simply scheduled; `toBeConfirmed`, what stands for a postponed event's date.
 */
export const statusLabel = (locale: Locale, status: EventStatus | 'toBeConfirmed'): string | undefined => statusLabels?.[locale][status];

/** `object` without its empty fields (`undefined`, `''`): the model keeps only what the payload said. */
const compact = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => (value ?? '') !== '')) as T;

/**
 * Turns an open-days payload into events, cancelled ones left out. `base` is the endpoint's
 * URL: relative registration links resolve against it, and unsafe ones are dropped (the event
 * still shows, without its link). An event of a list that lacks a required field is left out,
 * with one console warning per endpoint (for JSON-LD, the issue paths name the native fields:
 * `0.title` for a node's `name`). Throws `LoadError('invalid-response')` with the issues when
 * the payload is of no known shape or no event of a list is valid.
 */
export async function parseOpenDays(json: unknown, base: URL): Promise<OpenDay[]> {
  const graph = isNode(json) && '@graph' in json ? json['@graph'] : json;
  const jsonLd = Array.isArray(graph) || (isNode(graph) && '@type' in graph);
  const list: unknown = isNode(json) && json.events;
  // The JSON-LD reader and the statuses load on first use (rare-formats.ts).
  const rare =
    jsonLd || (Array.isArray(list) ? list : [json]).some((event) => isNode(event) && event.status != null) ? await import('./rare-formats.js') : undefined;
  statusLabels ??= rare?.statusLabels;
  const events = jsonLd
    ? parseItems(eventSchema, rare!.readJsonLd(graph, base), '', base)
    : Array.isArray(list)
      ? parseItems(eventSchema, list, 'events.', base)
      : [parsePayload(eventSchema, json)];
  return events.flatMap(({ status, timeZone, location, registration, ...event }) => {
    const state = rare?.statusOf(status) ?? 'scheduled';
    const url = safeUrl(registration?.url, base);
    if (state === 'cancelled') return [];
    const name = plainText(location?.name);
    return compact({
      ...event,
      title: plainText(event.title),
      description: plainText(event.description),
      timeZone: knownZone(timeZone),
      status: state,
      // A place with neither a name nor online attendance says nothing.
      location: name || location?.online ? compact({ name, online: !!location!.online }) : undefined,
      registration: url ? compact({ url, label: plainText(registration!.label) }) : undefined,
    });
  });
}
