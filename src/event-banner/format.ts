import type { Locale } from '../internal/locale.js';
import { dateFormat, machineDate } from '../internal/dates.js';
import { bannerMessages } from './messages.js';
import { dayOf, wallOf, type ScheduledEvent } from './time.js';

/** The banner's dates, times and durations in words, in the event's zone and the element's locale. */

// Wall times print as written in UTC (see wallText). Constants: `dateFormat` caches by options object.
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, ...TIME };

/**
 * `from`, or the range `from`–`to`, as the wall clock of the event's zone shows it (wall times
 * print right when formatted in UTC): "Saturday 14 November", "10:00".
 */
function wallText(locale: Locale, options: Intl.DateTimeFormatOptions, { zone }: ScheduledEvent, from: number, to = from): string {
  return dateFormat(locale, options).formatRange(wallOf(from, zone), wallOf(to, zone));
}

/**
 * "samedi 14 novembre", or the range of days the event covers: "samedi 9 – dimanche 10 janvier".
 * No year: the banner shows the next event, and a weekday with its date is unambiguous within
 * the year to come.
 */
const days = (locale: Locale, event: ScheduledEvent): string => wallText(locale, DAY, event, event.start, event.end - 1);

/** The visible date, capitalized as the start of a line: "Samedi 14 novembre". */
export function dateLabel(locale: Locale, event: ScheduledEvent): string {
  const label = days(locale, event);
  return label[0]!.toLocaleUpperCase(locale) + label.slice(1);
}

/** "10:00 – 17:00" for a same-day event with an end, "10:00" otherwise, nothing for a whole day. */
export function timeLabel(locale: Locale, event: ScheduledEvent): string | undefined {
  const { zone, start, end } = event;
  if (!event.allDay) return wallText(locale, TIME, event, start, event.endGiven && dayOf(start, zone) === dayOf(end, zone) ? end : start);
}

/** What a screen reader hears instead of the countdown ("Commence le samedi 14 novembre à 10:00."): it changes only with the event. */
export function startSentence(locale: Locale, event: ScheduledEvent): string {
  const messages = bannerMessages[locale];
  return event.allDay ? messages.allDay(days(locale, event)) : messages.startsAt(wallText(locale, DAY_TIME, event, event.start));
}

/** The `datetime` of the `<time>`: the day of a whole-day event, else the start instant. */
export const eventDate = ({ allDay, start, zone }: ScheduledEvent): string => machineDate(allDay ? wallOf(start, zone) : start, allDay);

const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
] as const;

/**
 * The time left in full words ("3 jours 1 heure 5 minutes"), never "1m", which screen readers
 * and translators misread. `step` is 1 (seconds) or 60 (minutes). Rounded up, so it reaches
 * zero exactly at the start. Leading zero units are left out; minutes always show.
 */
export function countdownText(locale: Locale, milliseconds: number, step: number): string {
  let rest = Math.ceil(milliseconds / 1000 / step) * step;
  const units: string[] = [];
  for (const [unit, seconds] of UNITS) {
    const value = Math.floor(rest / seconds);
    rest %= seconds;
    if (seconds >= step && (value || units.length || unit === 'minute')) {
      units.push(value.toLocaleString(locale, { style: 'unit', unit, unitDisplay: 'long' }));
    }
  }
  return units.join(' ');
}
