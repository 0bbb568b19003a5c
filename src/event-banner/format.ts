import { dateTimeFormat, numberFormat } from '../internal/intl.js';
import type { Locale } from '../internal/locale.js';
import { bannerMessages } from './messages.js';
import { dayOf, wallOf, type ScheduledEvent } from './time.js';

/** The banner's dates, times and durations in words, in the event's zone and the element's locale. */

export type Precision = 'second' | 'minute';

const DAY_FORMAT: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const TIME_FORMAT: Intl.DateTimeFormatOptions = { timeStyle: 'short' };

/** Wall times (time.ts) print as their zone shows them when formatted in UTC. */
const wallFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) => dateTimeFormat(locale, { ...options, timeZone: 'UTC' });

/** "samedi 14 novembre", or a range of days up to `to`; with the year when it is not the current one. */
function days(locale: Locale, { zone, start }: ScheduledEvent, to: number, now: number): string {
  const year = (instant: number) => new Date(wallOf(instant, zone)).getUTCFullYear();
  const thisYear = year(start) === year(now) && year(to) === year(now);
  return wallFormat(locale, thisYear ? DAY_FORMAT : { ...DAY_FORMAT, year: 'numeric' }).formatRange(wallOf(start, zone), wallOf(to, zone));
}

const startTime = (locale: Locale, event: ScheduledEvent) => wallFormat(locale, TIME_FORMAT).format(wallOf(event.start, event.zone));

/** The visible date, capitalized as the start of a line: "Samedi 14 novembre". */
export function dateLabel(locale: Locale, event: ScheduledEvent, now: number): string {
  const label = days(locale, event, event.end - 1, now);
  return label[0]!.toLocaleUpperCase(locale) + label.slice(1);
}

/** "10:00 – 17:00" for a same-day event with an end, "10:00" otherwise, nothing for a whole day. */
export function timeLabel(locale: Locale, event: ScheduledEvent): string | undefined {
  const { zone, start, end } = event;
  if (event.allDay) return undefined;
  return event.endGiven && dayOf(start, zone) === dayOf(end, zone)
    ? wallFormat(locale, TIME_FORMAT).formatRange(wallOf(start, zone), wallOf(end, zone))
    : startTime(locale, event);
}

/** What a screen reader hears instead of the countdown: it changes only with the event. */
export function startSentence(locale: Locale, event: ScheduledEvent, now: number): string {
  const messages = bannerMessages[locale];
  return event.allDay
    ? messages.allDay(days(locale, event, event.end - 1, now))
    : messages.startsAt(days(locale, event, event.start, now), startTime(locale, event));
}

/** The `datetime` of the `<time>`: the day of a whole-day event, else the start instant. */
export const machineDate = (event: ScheduledEvent): string =>
  event.allDay ? new Date(wallOf(event.start, event.zone)).toISOString().slice(0, 10) : new Date(event.start).toISOString();

const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
] as const;

/**
 * The time left in full words ("3 jours", "1 heure", "5 minutes"), never "1m", which screen
 * readers and translators misread. Rounded up, so it reaches zero exactly at the start.
 * Leading zero units are left out; minutes always show.
 */
export function countdownUnits(locale: Locale, milliseconds: number, precision: Precision): string[] {
  const step = precision === 'minute' ? 60 : 1;
  let rest = Math.ceil(milliseconds / 1000 / step) * step;
  const units: string[] = [];
  for (const [unit, seconds] of UNITS) {
    const value = Math.floor(rest / seconds);
    rest %= seconds;
    if (seconds >= step && (value || units.length || unit === 'minute')) {
      units.push(numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value));
    }
  }
  return units;
}
