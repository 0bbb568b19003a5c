import { wallOf, type ScheduledEvent } from './time.js';

/**
 * An event as an iCalendar file (RFC 5545), and the same event as the "add to calendar" links
 * of Google Calendar and Outlook. Part of the calendar chunk, loaded only by banners with
 * `calendar`.
 *
 * Times are written in UTC (`20261114T090000Z`), which every calendar reads without a
 * `VTIMEZONE` block; a whole-day event is written as dates (`VALUE=DATE`), its end the day after.
 */

/** `20261114T090000Z` */
const utc = (instant: number) => new Date(instant).toISOString().replace(/[-:]|\.\d+/g, '');
/** The date of a wall time: `20261114`. */
const date = (wall: number) => utc(wall).slice(0, 8);

/** Start and end as `ics` and Google Calendar write them: UTC date-times, or the event's dates for a whole day. */
const times = ({ start, end, allDay, zone }: ScheduledEvent) =>
  allDay ? [start, end].map((instant) => date(wallOf(instant, zone))) : [utc(start), utc(end)];

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n` (RFC 5545 §3.3.11). */
export const escapeText = (text: string) => text.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

/**
 * Folds a content line so that no line is longer than 75 octets of UTF-8, the line break
 * followed by one space (RFC 5545 §3.1), never inside a character.
 */
export function foldLine(line: string): string {
  const utf8 = new TextEncoder();
  let folded = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8.encode(character).length;
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += character;
    octets += size;
  }
  return folded;
}

/** What the banner shows of the event besides its times: where, and its page. */
export interface EventPlace {
  /** Where: the place's name, or "online". */
  location?: string;
  /** The event's page: its registration link. */
  url?: string;
}

/**
 * The `.ics` text of `event`: one `VEVENT` whose `UID` is the event id at `host` (the site's
 * domain, so that importing it again updates the same entry), stamped at `stamp`.
 */
export function icsOf(event: ScheduledEvent, place: EventPlace, host: string, stamp: number): string {
  const { location, url } = place;
  const [start, end] = times(event);
  const day = event.allDay ? ';VALUE=DATE' : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//campus-widgets//event-banner//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${host}`)}`,
    `DTSTAMP:${utc(stamp)}`,
    `DTSTART${day}:${start}`,
    `DTEND${day}:${end}`,
    `SUMMARY:${escapeText(event.title)}`,
    event.description && `DESCRIPTION:${escapeText(event.description)}`,
    location && `LOCATION:${escapeText(location)}`,
    url && `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines
    .filter(Boolean)
    .map((line) => foldLine(line as string) + '\r\n')
    .join('');
}

/** The query string of `params`, spaces as `%20` (Outlook shows a `+` as written). */
const query = (params: Record<string, string | undefined>) =>
  Object.entries(params)
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}=${encodeURIComponent(value!)}`)
    .join('&');

/** The description, then the event's page: Google and Outlook have no field of their own for a link. */
const details = (event: ScheduledEvent, url?: string) => [event.description, url].filter(Boolean).join('\n\n');

/** Google Calendar's "add event" page, filled in. */
export function googleLink(event: ScheduledEvent, place: EventPlace): string {
  const { location, url } = place;
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: event.title,
    dates: times(event).join('/'),
    details: details(event, url),
    location,
    ctz: typeof event.zone === 'string' ? event.zone : undefined,
  })}`;
}

/** Outlook on the web's "new event" page, filled in (Outlook.com; work accounts are sent on from there). */
export function outlookLink(event: ScheduledEvent, { location, url }: EventPlace): string {
  const { start, end, allDay, zone } = event;
  // ISO: `2026-11-14T09:00:00Z`, or the days of a whole-day event.
  const iso = (instant: number) => (allDay ? new Date(wallOf(instant, zone)).toISOString().slice(0, 10) : new Date(instant).toISOString().slice(0, 19) + 'Z');
  return `https://outlook.live.com/calendar/0/action/compose?${query({
    rru: 'addevent',
    subject: event.title,
    startdt: iso(start),
    enddt: iso(end),
    allday: String(allDay),
    body: details(event, url),
    location,
  })}`;
}
