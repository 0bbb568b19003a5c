/**
 * Phone numbers as people type them → E.164 (`+33612345678`), or `undefined` for a number that
 * cannot be right. Deliberately small: libphonenumber knows every numbering plan but weighs more
 * than this whole library. France is checked exactly (9 digits after +33 or the trunk 0), North
 * America by its length; elsewhere, what E.164 itself allows.
 */
export function toE164(input = ''): string | undefined {
  // "+33 (0)6 …": the trunk 0 some write in brackets after the country code.
  // Then digits and the separators people use, after + or 00; no letters, extensions or second numbers.
  const typed = /^(\+|00)?([\d\s./()-]+)$/.exec(input.trim().replace('(0)', ''));
  const digits = typed?.[2].replace(/\D/g, '') ?? '';
  // Without a country code, a number is French: its trunk 0 stands for +33.
  const number = typed?.[1] ? digits : digits[0] === '0' ? `33${digits}` : '';
  // France: 9 digits after the code, a trunk 0 tolerated ("+33 06 …"). North America: 10 digits,
  // neither area code nor exchange starting with 0 or 1. Elsewhere: no country code starts with
  // 0, and E.164 allows 7 to 15 digits in all.
  if (number.startsWith('33')) return /^330?[1-9]\d{8}$/.test(number) ? `+33${number.slice(-9)}` : undefined;
  return /^(1([2-9]\d\d){2}\d{4}|[2-9]\d{6,14})$/.test(number) ? `+${number}` : undefined;
}
