/**
 * Returns the absolute `http:`/`https:` URL that `value` points to, resolved against `base`
 * (an endpoint's URL, so relative links in a payload mean what the API meant), or `undefined`.
 *
 * The WHATWG URL parser strips tabs, newlines and leading control characters exactly as the
 * browser does when it follows a link, so `java\tscript:` and ` javascript:` are recognised as
 * `javascript:` and dropped; `data:`, `vbscript:`, `blob:`, `file:` … are dropped too.
 */
export function safeUrl(value: unknown, base: string | URL): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
