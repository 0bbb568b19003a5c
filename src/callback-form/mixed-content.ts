/**
 * True for an `http:` endpoint on an `https:` page: the browser blocks it as mixed content, on
 * every attempt, so the form refuses it up front. Local addresses are not mixed content.
 */
export function blockedAsMixedContent(endpoint: string, page = location.href): boolean {
  const { protocol, hostname } = new URL(endpoint);
  return page.startsWith('https:') && protocol === 'http:' && !/^(localhost|127\.[\d.]+|\[::1\])$|\.localhost$/.test(hostname);
}
