/**
 * Phone numbers as people type them → E.164 (`+33612345678`), or `undefined` for a number that
 * cannot be right. Deliberately small: libphonenumber knows every numbering plan but weighs more
 * than this whole library. France and its overseas departments are checked exactly, North America
 * by its length; elsewhere, what E.164 itself allows.
 */

/** Overseas departments dial as French numbers (`0692…`) but have their own country code. */
const OVERSEAS: Record<string, string> = {
  262: '262', 263: '262', 692: '262', 693: '262', 269: '262', 639: '262',
  590: '590', 690: '590', 691: '590', 594: '594', 694: '594', 596: '596', 696: '596', 697: '596',
};

/** A French number without its trunk 0 (9 digits) → E.164, with its department's code. */
const french = (national: string): string => `+${OVERSEAS[national.slice(0, 3)] ?? '33'}${national}`;

export function toE164(input: string): string | undefined {
  // "+33 (0)6 …": the trunk 0 some write in brackets after the country code.
  const typed = input.trim().replace('(0)', '');
  // Digits and the separators people use; no letters, extensions or second numbers.
  if (!/^(\+|00)?[\d\s./()-]+$/.test(typed)) return undefined;
  const digits = typed.replace(/\D/g, '');
  if (!/^(\+|00)/.test(typed)) return /^0[1-9]\d{8}$/.test(digits) ? french(digits.slice(1)) : undefined;

  const number = typed[0] === '+' ? digits : digits.slice(2);
  // France and overseas: 9 digits after the code; a trunk 0 is tolerated ("+33 06 …").
  const fr = /^(33|262|590|594|596)0?(.*)$/.exec(number);
  if (fr) {
    const e164 = /^[1-9]\d{8}$/.test(fr[2]!) ? french(fr[2]!) : '';
    // "+33 692…", a Réunion mobile written with the mainland code, is fixed; "+262 6…" is no number.
    return e164 && (fr[1] === '33' || e164.startsWith(`+${fr[1]}`)) ? e164 : undefined;
  }
  // North America: 10 digits, neither area code nor exchange starting with 0 or 1. Elsewhere: no
  // country code starts with 0, and E.164 allows 7 to 15 digits in all.
  return (number[0] === '1' ? /^1([2-9]\d\d){2}\d{4}$/ : /^[2-9]\d{6,14}$/).test(number) ? `+${number}` : undefined;
}
