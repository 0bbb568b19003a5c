import type { Locale } from '../internal/locale.js';
import { dateFormat, machineDate, numberFormat, unitFormat } from '../internal/dates.js';
import { bannerMessages } from './messages.js';
import { dayOf, wallOf, type ScheduledEvent } from './time.js';

/** The banner's dates, times and durations in words, in the event's zone and the element's locale. */

// Wall times print as written in UTC. Constants: `dateFormat` and `numberFormat` cache by options object.
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' };
/** The day with the year: an event outside the visitor's current year. */
const DAY_YEAR: Intl.DateTimeFormatOptions = { ...DAY, year: 'numeric' };

/** What the banner says about the event on show that does not change while it counts down. */
export interface EventLabels {
  /** "Samedi 14 novembre", "Samedi 9 janvier 2027". */
  date: string;
  /** The `datetime` of the `<time>`. */
  datetime: string;
  /** "10:00 – 17:00", "10:00", nothing for a whole day. */
  time?: string;
  /** What a screen reader hears instead of the countdown: "Commence le samedi 14 novembre à 10:00." */
  sentence: string;
}

/**
 * The labels of `event`, built once per event on show (not at each tick). The date carries the
 * year when the event (its start or its last day) falls outside `thisYear`, the visitor's
 * current year: "samedi 9 janvier 2027" seen in December 2026. Wall times print right when
 * formatted in UTC.
 */
export function eventLabels(locale: Locale, event: ScheduledEvent, thisYear: number): EventLabels {
  const { zone, start, end, allDay } = event;
  const from = wallOf(start, zone);
  const to = wallOf(end - 1, zone);
  const yearShown = [from, to].some((wall) => new Date(wall).getUTCFullYear() !== thisYear);
  const day = dateFormat(locale, yearShown ? DAY_YEAR : DAY);
  const time = dateFormat(locale, TIME);
  // "samedi 14 novembre", or the range of days the event covers: "samedi 9 – dimanche 10 janvier".
  const days = day.formatRange(from, to);
  const messages = bannerMessages[locale];
  return {
    date: days[0]!.toLocaleUpperCase(locale) + days.slice(1),
    datetime: machineDate(allDay ? from : start, allDay),
    time: allDay ? undefined : time.formatRange(from, event.endGiven && dayOf(start, zone) === dayOf(end, zone) ? wallOf(end, zone) : from),
    // "samedi 14 novembre à 10:00": the start's day, then its time.
    sentence: allDay ? messages.allDay(days) : messages.startsAt(day.format(from), time.format(from)),
  };
}

/** `words` (default): "2 jours 3 heures 8 secondes"; `clock`: "2 j 03 h 00 min 08 s". */
export type CountdownStyle = 'words' | 'clock';

/** Each unit and its seconds. */
const UNITS = (['day', 'hour', 'minute', 'second'] as const).map((unit, index) => [unit, [86_400, 3_600, 60, 1][index]!] as const);
/** The clock style's digits: the first unit as it is, the others on two digits. */
const DIGITS: Intl.NumberFormatOptions[] = [{}, { minimumIntegerDigits: 2 }];

/**
 * The time left, and the widest text the same units can take (two-digit plural values), which
 * the banner lays out invisibly under the countdown so its box keeps one size while it ticks.
 *
 * `step` is 1 (seconds) or 60 (minutes). Rounded up, so it reaches zero exactly at the start.
 * Units before the first that is not zero are left out. `words` spells the units out (never
 * "1m", which screen readers and translators misread) and leaves out every unit that is zero
 * ("2 jours 3 heures 8 secondes", never "0 minute"); `clock` keeps them all from the first,
 * minutes at least, in two digits ("2 j 03 h 00 min 08 s", "00 min 11 s").
 */
export function countdownText(locale: Locale, milliseconds: number, step: number, style: CountdownStyle): [text: string, widest: string] {
  let rest = Math.ceil(milliseconds / 1000 / step) * step;
  const clock = style === 'clock';
  const symbols = bannerMessages[locale].clockUnits;
  const text: string[] = [];
  const widest: string[] = [];
  const say = (words: string[], index: number, value: number) =>
    words.push(
      clock
        ? `${numberFormat(locale, DIGITS[+!!index]!).format(value)}\u00a0${symbols[index]}`
        : unitFormat(locale, UNITS[index]![0]).format(value),
    );
  UNITS.forEach(([unit, seconds], index) => {
    const value = Math.floor(rest / seconds);
    rest %= seconds;
    if (seconds < step || !(value || widest.length || (clock && unit === 'minute'))) return;
    if (value || clock) say(text, index, value);
    say(widest, index, index ? 22 : Math.max(value, 2));
  });
  // Only at zero does `words` find nothing to say: "0 seconde".
  if (!text.length) say(text, step > 1 ? 2 : 3, 0);
  return [text.join(' '), widest.join(' ')];
}
