import { safeUrl } from '../internal/safe-url.js';
import { parsePayload, z } from '../internal/zod.js';
import { knownZone, parseWrittenTime } from './time.js';

/**
 * The payloads an open-days endpoint may send, validated with zod and turned into one model:
 * the native `{ events: [...] }` list or a single event object, and schema.org `Event` /
 * `EducationEvent` JSON-LD (an object, an array or an `@graph`).
 */

/** How an event stands; cancelled events never reach the model. */
export type EventStatus = 'scheduled' | 'postponed' | 'rescheduled' | 'moved-online';

/** One open day, whatever the payload's shape. Dates stay as written; `time.ts` places them. */
export interface OpenDay {
  id: string;
  title: string;
  description?: string;
  /** ISO 8601 date or date-time, as written in the payload. */
  startsAt: string;
  endsAt?: string;
  /** A valid IANA zone, if the payload named one. */
  timeZone?: string;
  status: EventStatus;
  location?: { name?: string; online: boolean };
  /** The registration link, only when it is http(s); `label` is the payload's own wording. */
  registration?: { url: string; label?: string };
}

const text = z.string().check(z.minLength(1));
const optionalText = z.nullish(z.string());
const dateTime = z.string().check(z.refine((value) => parseWrittenTime(value) !== undefined, 'Expected an ISO 8601 date or date-time'));

const nativeEvent = z.object({
  id: z.union([text, z.number()]),
  title: text,
  description: optionalText,
  startsAt: dateTime,
  endsAt: z.nullish(dateTime),
  timeZone: optionalText,
  status: optionalText,
  location: z.nullish(z.object({ name: optionalText, online: z.nullish(z.boolean()) })),
  registration: z.nullish(z.object({ url: z.string(), label: optionalText })),
});

const ldTypes = z.nullish(z.union([z.string(), z.array(z.string())]));
const ldOffer = z.object({ url: optionalText });
const ldLocation = z.object({ '@type': ldTypes, name: optionalText });
const ldEvent = z.object({
  '@id': optionalText,
  identifier: z.optional(z.unknown()),
  name: text,
  description: optionalText,
  startDate: dateTime,
  endDate: z.nullish(dateTime),
  url: optionalText,
  offers: z.nullish(z.union([ldOffer, z.array(ldOffer)])),
  location: z.nullish(z.union([z.string(), ldLocation, z.array(ldLocation)])),
  eventAttendanceMode: optionalText,
  eventStatus: optionalText,
});

type NativeEvent = z.infer<typeof nativeEvent>;
type LdEvent = z.infer<typeof ldEvent>;
/** An event before cancelled ones are left out. */
type ParsedEvent = Omit<OpenDay, 'status'> & { status: EventStatus | 'cancelled' };

const asArray = <T>(value: T | T[] | null | undefined): T[] => (value == null ? [] : Array.isArray(value) ? value : [value]);
const present = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/**
 * `https://schema.org/EventMovedOnline`, `EventCancelled`, `moved-online`, `canceled` … → one
 * word; anything unknown counts as scheduled.
 */
function statusOf(value: string | null | undefined): EventStatus | 'cancelled' {
  const word = (value ?? '').split(/[/:#]/).pop()!.toLowerCase().replace(/^event|[-_\s]/g, '');
  if (word === 'cancelled' || word === 'canceled') return 'cancelled';
  if (word === 'postponed' || word === 'rescheduled') return word;
  return word === 'movedonline' ? 'moved-online' : 'scheduled';
}

function fromNative(event: NativeEvent, base: URL): ParsedEvent {
  const url = safeUrl(event.registration?.url, base);
  const name = present(event.location?.name);
  return {
    id: String(event.id),
    title: event.title,
    ...(present(event.description) && { description: event.description!.trim() }),
    startsAt: event.startsAt,
    ...(event.endsAt && { endsAt: event.endsAt }),
    ...(knownZone(event.timeZone) && { timeZone: event.timeZone! }),
    status: statusOf(event.status),
    ...(event.location && { location: { ...(name && { name }), online: event.location.online === true } }),
    ...(url && { registration: { url, ...(present(event.registration?.label) && { label: event.registration!.label!.trim() }) } }),
  };
}

function fromJsonLd(event: LdEvent, base: URL): ParsedEvent {
  const places = asArray(event.location);
  const name = places.map((place) => (typeof place === 'string' ? place : place.name)).find(present);
  const online =
    /online/i.test(event.eventAttendanceMode ?? '') ||
    places.some((place) => typeof place !== 'string' && asArray(place['@type']).includes('VirtualLocation'));
  // Registration: the first safe offer URL, else the event's own page.
  const url = [...asArray(event.offers).map((offer) => offer.url), event.url].map((candidate) => safeUrl(candidate, base)).find(Boolean);
  const identifier = typeof event.identifier === 'string' || typeof event.identifier === 'number' ? String(event.identifier) : undefined;
  return {
    id: present(event['@id']) ?? identifier ?? present(event.url) ?? `${event.name} ${event.startDate}`,
    title: event.name,
    ...(present(event.description) && { description: event.description!.trim() }),
    startsAt: event.startDate,
    ...(event.endDate && { endsAt: event.endDate }),
    status: statusOf(event.eventStatus),
    ...((name || online) && { location: { ...(name && { name: name.trim() }), online } }),
    ...(url && { registration: { url } }),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isEventNode = (node: unknown): boolean => isObject(node) && asArray(node['@type'] as string | string[]).some((type) => /Event$/.test(String(type)));

/**
 * Turns an open-days payload into events, cancelled ones left out. `base` is the endpoint's
 * URL: relative registration links resolve against it, and unsafe ones are dropped (the event
 * still shows, without its link). Throws `LoadError('invalid-response')` with the issues when
 * the payload is of no known shape or an event lacks a required field.
 */
export function parseOpenDays(json: unknown, base: URL): OpenDay[] {
  let events: ParsedEvent[];
  if (Array.isArray(json) || (isObject(json) && ('@graph' in json || '@type' in json))) {
    const nodes = parsePayload(z.array(z.unknown()), Array.isArray(json) ? json : (json['@graph'] ?? [json]));
    events = parsePayload(z.array(ldEvent), nodes.filter(isEventNode)).map((event) => fromJsonLd(event, base));
  } else if (isObject(json) && 'events' in json) {
    events = parsePayload(z.object({ events: z.array(nativeEvent) }), json).events.map((event) => fromNative(event, base));
  } else {
    events = [fromNative(parsePayload(nativeEvent, json), base)];
  }
  return events.filter((event): event is OpenDay => event.status !== 'cancelled');
}
