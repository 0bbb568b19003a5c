import { isServer, type ReactiveControllerHost } from 'lit';

/** The languages that ship. Anything else falls back to {@link DEFAULT_LOCALE}. */
export type Locale = 'fr' | 'en';
export const DEFAULT_LOCALE: Locale = 'fr';

/** `en-GB` → `en`, `FR` → `fr`; `undefined` for a language we do not ship. */
export function toLocale(lang: string | null | undefined): Locale | undefined {
  const primary = lang?.trim().toLowerCase().split('-')[0];
  return primary === 'fr' || primary === 'en' ? primary : undefined;
}

/**
 * The element's own `lang`, else the closest ancestor's — crossing shadow roots, so an element
 * inside another component still reads the page's language — else `fr`.
 * An unsupported language (`lang="de"`) also gives `fr`: the nearest `lang` is the page's
 * language, and jumping past it to an outer one would mix languages on one page.
 */
export function resolveLocale(element: Element): Locale {
  // A server (SSR) sees no ancestors: the element's own `lang` only.
  if (isServer) return toLocale(element.getAttribute('lang')) ?? DEFAULT_LOCALE;
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return toLocale(withLang.getAttribute('lang')) ?? DEFAULT_LOCALE;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return DEFAULT_LOCALE;
}

/** Every connected widget: each re-renders when a `lang` attribute changes anywhere in the page. */
const widgets = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Re-renders `host` whenever a `lang` attribute changes anywhere in the document (a page's
 * language switch), until the returned function is called. One MutationObserver serves all; the
 * host reads its locale again when it renders.
 */
export function followLangChanges(host: ReactiveControllerHost): () => void {
  if (!observer) {
    observer = new MutationObserver(() => widgets.forEach((widget) => widget.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  widgets.add(host);
  return () => widgets.delete(host);
}
