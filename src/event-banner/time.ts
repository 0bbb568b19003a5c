import { dateTimeFormat } from '../internal/intl.js';
import type { OpenDay } from './schema.js';

/**
 * Dates and time zones for the banner.
 *
 * Instants are epoch milliseconds. A "wall" time is what a clock on the wall of a zone shows,
 * stored as the epoch milliseconds of those same fields in UTC: formatting a wall time with
 * `timeZone: 'UTC'` prints it as the zone shows it, whatever the zone (an IANA name or a bare
 * offset such as `+05:30`, which older `Intl` implementations do not accept).
 */

/** An IANA zone name, or a fixed offset in minutes east of UTC. */
export type Zone = string | number;

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** A date or date-time as written in a payload. */
export interface WrittenTime {
  wall: number;
  /** Minutes east of UTC, when the string carries an offset (or `Z`). */
  offset?: number;
  /** A date without a time: the whole day. */
  dateOnly: boolean;
}

const ISO_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?(Z|([+-])(\d\d):?(\d\d)?)?)?$/i;

/** Reads an ISO 8601 date (`2026-11-14`) or date-time, with or without an offset. */
export function parseWrittenTime(value: string): WrittenTime | undefined {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute = 0, second = 0, zone, sign, offsetHours, offsetMinutes = 0] = match;
  const wall = Date.UTC(+year!, +month! - 1, +day!, +(hour ?? 0), +minute, +second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== +month! - 1 || check.getUTCDate() !== +day! || +(hour ?? 0) > 23 || +minute > 59 || +second > 59) return undefined;
  const offset = zone && (sign ? (sign === '-' ? -1 : 1) * (+offsetHours! * 60 + +offsetMinutes) : 0);
  return { wall, ...(typeof offset === 'number' && { offset }), dateOnly: hour === undefined };
}

/** The name back if `Intl` knows this IANA zone, else undefined. */
export function knownZone(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  try {
    dateTimeFormat('en', { timeZone: name });
    return name;
  } catch {
    return undefined;
  }
}

/** Minutes east of UTC that `zone` is at `instant` (daylight saving time included). */
export function offsetAt(zone: Zone, instant: number): number {
  if (typeof zone === 'number') return zone;
  const parts = dateTimeFormat('en', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return Math.round((wall - instant) / MINUTE);
}

/** What the wall clock of `zone` shows at `instant`. */
export const wallOf = (instant: number, zone: Zone): number => instant + offsetAt(zone, instant) * MINUTE;

/** The instant at which the wall clock of `zone` shows `wall` (twice over, to land right across a DST change). */
export function instantOf(wall: number, zone: Zone): number {
  const guess = wall - offsetAt(zone, wall) * MINUTE;
  return wall - offsetAt(zone, guess) * MINUTE;
}

/** Midnight after `instant`'s day, in `zone`: the end of that day. */
export function endOfDay(instant: number, zone: Zone): number {
  const wall = wallOf(instant, zone);
  return instantOf(wall - (wall % DAY) + DAY, zone);
}

export const sameDay = (a: number, b: number, zone: Zone): boolean =>
  Math.floor(wallOf(a, zone) / DAY) === Math.floor(wallOf(b, zone) / DAY);

/** An event placed in time: its display zone and the instants it starts and ends. */
export interface ScheduledEvent extends OpenDay {
  zone: Zone;
  start: number;
  end: number;
  /** The start had no time: the event fills whole days. */
  allDay: boolean;
  /** The payload gave a usable end (the time range can be shown). */
  endGiven: boolean;
}

/** The visitor's own zone: the last resort for a date written without an offset. */
const visitorZone = (): string => dateTimeFormat('en').resolvedOptions().timeZone;

/**
 * Places each event in time, sorted by start. The display zone is the event's `timeZone`, else
 * `fallbackZone` (the element's `time-zone`), else the offset written in its start, else the
 * visitor's. A time written without an offset is read in that zone; an event without a usable
 * end ends at midnight after its start, in that zone.
 */
export function schedule(events: readonly OpenDay[], fallbackZone: string | undefined): ScheduledEvent[] {
  return events
    .map((event) => {
      const startsAt = parseWrittenTime(event.startsAt)!;
      const endsAt = event.endsAt ? parseWrittenTime(event.endsAt) : undefined;
      const zone = event.timeZone ?? fallbackZone ?? startsAt.offset ?? visitorZone();
      const at = (time: WrittenTime) => (time.offset === undefined ? instantOf(time.wall, zone) : time.wall - time.offset * MINUTE);
      const start = at(startsAt);
      // An end date without a time includes that day.
      const end = endsAt && (endsAt.dateOnly ? instantOf(endsAt.wall + DAY, zone) : at(endsAt));
      const endGiven = end !== undefined && end > start;
      return { ...event, zone, start, end: endGiven ? end : endOfDay(start, zone), allDay: startsAt.dateOnly, endGiven };
    })
    .sort((a, b) => a.start - b.start);
}
