import type { Locale } from './locale.js';

/**
 * Dates as payloads write them (ISO 8601) and as the data elements show them (`Intl`), shared by
 * the banner and the card so the page carries one reader and one cache of formats.
 *
 * A "wall" time is what a clock shows, stored as the epoch milliseconds of those same fields in
 * UTC: formatted with `timeZone: 'UTC'` it prints as written, whatever zone it belongs to.
 *
 * No zod here: each schema builds its own date check from {@link readTime}. Free of zod, this
 * module can go in the banner and card's `campus-data` chunk (vite.config.ts) rather than in the
 * core chunk the form loads too.
 */

/** A date or date-time as written in a payload. */
export interface WrittenTime {
  wall: number;
  /** Minutes east of UTC, when the string carries an offset (or `Z`). */
  offset?: number;
  /** A date without a time: the whole day. */
  dateOnly: boolean;
}

const ISO = /^(\d{4}-\d\d-\d\d)(?:(T\d\d:\d\d(?::\d\d)?)(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?)?$/;

/** Minutes east of UTC written as `+05:30`, `-0300`, `GMT+01:00`; 0 for `Z`, `GMT` or nothing. */
export function minutesOf(offset: string): number {
  const [, sign, hours, minutes] = /([+-])(\d\d):?(\d\d)/.exec(offset) ?? [];
  return sign ? (sign === '-' ? -1 : 1) * (+hours! * 60 + +minutes!) : 0;
}

/** Reads an ISO 8601 date (`2026-11-14`) or date-time, with or without an offset. */
export function readTime(value: string): WrittenTime | undefined {
  const [, date, time = '', offset] = ISO.exec(value) ?? [];
  const wall = Date.parse(`${date}${time || 'T00:00'}Z`);
  // Out of range (30 February, 24:00), the date fails or rolls over: it no longer reads as written.
  if (!new Date(wall).toJSON()?.startsWith(date + time)) return undefined;
  return { wall, ...(offset && { offset: minutesOf(offset) }), dateOnly: !time };
}

/** The `datetime` of a `<time>`: the day alone for a whole day (from its wall time), else the instant. */
export const machineDate = (time: number | Date, dateOnly?: boolean): string => new Date(time).toISOString().slice(0, dateOnly ? 10 : undefined);

/** Formats by options object, then by locale: a lookup reads two maps and builds no key. */
const dateFormats = new WeakMap<Intl.DateTimeFormatOptions, Partial<Record<Locale, Intl.DateTimeFormat>>>();

/**
 * An `Intl.DateTimeFormat` for `locale`, built once per locale and options object: building one
 * costs far more than using it, and the banner formats at every tick of its countdown. Pass
 * options held in a constant (or built once per payload), never a literal written in the call:
 * the cache is keyed by the object itself, so a fresh object gets a fresh format every time.
 * English dates are British, day before month ("Saturday 14 November", "28 July 2020"), as a
 * French school's English pages expect.
 */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLocale = dateFormats.get(options);
  if (!byLocale) dateFormats.set(options, (byLocale = {}));
  return (byLocale[locale] ??= new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, options));
}

const numberFormats = new WeakMap<Intl.NumberFormatOptions, Partial<Record<Locale, Intl.NumberFormat>>>();

/**
 * An `Intl.NumberFormat`, cached as {@link dateFormat} is (by options object, then locale):
 * `toLocaleString` with options builds a format at each call, which a countdown pays every second.
 */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let byLocale = numberFormats.get(options);
  if (!byLocale) numberFormats.set(options, (byLocale = {}));
  return (byLocale[locale] ??= new Intl.NumberFormat(locale, options));
}

/** Options of {@link unitFormat}, by unit: one object each, the key of the format cache. */
const unitOptions: Record<string, Intl.NumberFormatOptions> = {};

/**
 * A unit in words, "3 heures", "1 minute", for `unit`: one format per unit and locale for the
 * whole page — the banner's countdown and the card's reading time share the minutes'.
 */
export const unitFormat = (locale: Locale, unit: string): Intl.NumberFormat =>
  numberFormat(locale, (unitOptions[unit] ??= { style: 'unit', unit, unitDisplay: 'long' }));
