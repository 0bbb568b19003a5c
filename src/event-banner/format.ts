import { dateTimeFormat, numberFormat } from '../internal/intl.js';
import type { Locale } from '../internal/locale.js';
import { bannerMessages } from './messages.js';
import { sameDay, wallOf, type ScheduledEvent, type Zone } from './time.js';

/** The banner's words for dates and durations, in the event's zone and the element's locale. */

export type Precision = 'second' | 'minute';

const DAY_FORMAT: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const TIME_FORMAT: Intl.DateTimeFormatOptions = { timeStyle: 'short' };

/** Wall times (time.ts) print as their zone shows them when formatted in UTC. */
const wallFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) => dateTimeFormat(locale, { ...options, timeZone: 'UTC' });

const yearOf = (instant: number, zone: Zone) => new Date(wallOf(instant, zone)).getUTCFullYear();

/** "samedi 14 novembre", or a range of days; with the year when it is not the current one. */
function days(locale: Locale, zone: Zone, from: number, to: number, now: number): string {
  const thisYear = yearOf(from, zone) === yearOf(now, zone) && yearOf(to, zone) === yearOf(now, zone);
  const format = wallFormat(locale, thisYear ? DAY_FORMAT : { ...DAY_FORMAT, year: 'numeric' });
  return sameDay(from, to, zone) ? format.format(wallOf(from, zone)) : format.formatRange(wallOf(from, zone), wallOf(to, zone));
}

const capitalize = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** The visible date, capitalized like the start of a line: "Samedi 14 novembre". */
export const dateLabel = (locale: Locale, event: ScheduledEvent, now: number): string =>
  capitalize(days(locale, event.zone, event.start, event.end - 1, now), locale);

/** "10:00 – 17:00" for a same-day event with an end, "10:00" otherwise, nothing for a whole day. */
export function timeLabel(locale: Locale, event: ScheduledEvent): string | undefined {
  if (event.allDay) return undefined;
  const format = wallFormat(locale, TIME_FORMAT);
  const start = wallOf(event.start, event.zone);
  return event.endGiven && sameDay(event.start, event.end, event.zone)
    ? format.formatRange(start, wallOf(event.end, event.zone))
    : format.format(start);
}

/** What a screen reader hears instead of the countdown; it changes only with the event. */
export function startSentence(locale: Locale, event: ScheduledEvent, now: number): string {
  const messages = bannerMessages[locale];
  if (event.allDay) return messages.allDay(days(locale, event.zone, event.start, event.end - 1, now));
  const day = days(locale, event.zone, event.start, event.start, now);
  return messages.startsAt(day, wallFormat(locale, TIME_FORMAT).format(wallOf(event.start, event.zone)));
}

/** The `datetime` of the `<time>`: the day for a whole-day event, else the start instant. */
export const machineDate = (event: ScheduledEvent): string =>
  event.allDay ? new Date(wallOf(event.start, event.zone)).toISOString().slice(0, 10) : new Date(event.start).toISOString();

const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
] as const;

/**
 * The time left, in full words ("3 jours", "1 heure", "5 minutes"): never "1m", which screen
 * readers and translators misread. Rounded up, so it reaches zero exactly at the start. Leading
 * zero units are left out; minutes always show.
 */
export function countdownUnits(locale: Locale, milliseconds: number, precision: Precision): string[] {
  const step = precision === 'minute' ? 60 : 1;
  let rest = Math.ceil(milliseconds / 1000 / step) * step;
  const units: string[] = [];
  for (const [unit, seconds] of UNITS) {
    if (seconds < step) break;
    const value = Math.floor(rest / seconds);
    rest -= value * seconds;
    if (value || units.length || unit === 'minute') {
      units.push(numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value));
    }
  }
  return units;
}
