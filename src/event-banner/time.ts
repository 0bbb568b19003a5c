import { minutesOf, readTime, type WrittenTime } from '../internal/dates.js';
import type { OpenDay } from './schema.js';

/**
 * Dates and time zones for the banner.
 *
 * Instants are epoch milliseconds. A "wall" time (internal/dates.ts) is what a clock on the wall
 * of a zone shows: formatted with `timeZone: 'UTC'` it prints as the zone shows it, for an IANA
 * zone or a bare offset such as `+05:30` alike (older `Intl` implementations accept no offset as
 * a time zone).
 */

/** An IANA zone name, a fixed offset in minutes east of UTC, or `undefined`: the visitor's own zone (`Intl`'s default). */
export type Zone = string | number | undefined;

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Per zone, the format that writes its UTC offset (`GMT+01:00`): built once, read many times per payload. */
const offsetFormats = new Map<string | undefined, Intl.DateTimeFormat>();

/** The offset format of `zone` (`undefined`: the visitor's own); a RangeError for a zone `Intl` does not know. */
export function offsetFormat(zone: string | undefined): Intl.DateTimeFormat {
  let format = offsetFormats.get(zone);
  if (!format) offsetFormats.set(zone, (format = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })));
  return format;
}

/** The name back if `Intl` knows this IANA zone. */
export function knownZone(name: string | null | undefined): string | undefined {
  try {
    return name ? offsetFormat(name) && name : undefined;
  } catch {
    // RangeError: not a zone
  }
}

/** Minutes east of UTC that `zone` is at `instant`, daylight saving time included. */
export const offsetAt = (zone: Zone, instant: number): number =>
  typeof zone === 'number' ? zone : minutesOf(offsetFormat(zone).format(instant));

/** What the wall clock of `zone` shows at `instant`. */
export const wallOf = (instant: number, zone: Zone): number => instant + offsetAt(zone, instant) * MINUTE;

/** When the wall clock of `zone` shows `wall` (asked twice, to land right across a DST change). */
export function instantOf(wall: number, zone: Zone): number {
  return wall - offsetAt(zone, wall - offsetAt(zone, wall) * MINUTE) * MINUTE;
}

/** The day number of `instant` in `zone`. */
export const dayOf = (instant: number, zone: Zone): number => Math.floor(wallOf(instant, zone) / DAY);

/** Midnight after `instant`'s day in `zone`: the end of that day. */
export const endOfDay = (instant: number, zone: Zone): number => instantOf((dayOf(instant, zone) + 1) * DAY, zone);

/** An event placed in time: its display zone and the instants it starts and ends. */
export interface ScheduledEvent extends OpenDay {
  zone: Zone;
  start: number;
  end: number;
  /** The start had no time: the event fills whole days. */
  allDay: boolean;
  /** The payload gave a usable end, so the time range can be shown. */
  endGiven: boolean;
}

/**
 * Places each event in time, sorted by start. The display zone is the event's `timeZone`, else
 * `fallbackZone` (the element's `time-zone`), else the offset written in its start, else the
 * visitor's own. A time written without an offset is read in that zone; an end date without a
 * time includes that day; an event without a usable end ends at midnight after its start.
 */
export function schedule(events: readonly OpenDay[], fallbackZone: string | undefined): ScheduledEvent[] {
  return events
    .map((event) => {
      const startsAt = readTime(event.startsAt)!;
      const endsAt = event.endsAt ? readTime(event.endsAt) : undefined;
      const zone = event.timeZone ?? fallbackZone ?? startsAt.offset;
      // A written offset is a zone of its own; `days` moves a date without a time to the end of that day.
      const at = ({ wall, offset, dateOnly }: WrittenTime, days = 0) => instantOf(wall + (dateOnly ? days * DAY : 0), offset ?? zone);
      const start = at(startsAt);
      const end = endsAt ? at(endsAt, 1) : 0;
      const endGiven = end > start;
      return { ...event, zone, start, end: endGiven ? end : endOfDay(start, zone), allDay: startsAt.dateOnly, endGiven };
    })
    .sort((a, b) => a.start - b.start);
}
