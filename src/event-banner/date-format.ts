/**
 * `Intl.DateTimeFormat`s built once per language and options. Building one costs far more than
 * using it, and the banner formats and reads zone offsets at every tick of its countdown.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(language: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = language + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(language, options)));
  return format;
}
