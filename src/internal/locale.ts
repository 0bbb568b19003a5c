import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return toLocale(withLang.getAttribute('lang')) ?? DEFAULT_LOCALE;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return DEFAULT_LOCALE;
}

type LocaleHost = ReactiveControllerHost & Element;

/** Every connected host, re-resolved when any `lang` attribute in the document changes. */
const subscribers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of subscribers) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps `locale` current for its host: resolved on connect, and again whenever a `lang`
 * attribute changes anywhere in the document (a page's language switch re-renders every widget).
 * One MutationObserver serves all elements.
 */
export class LocaleController implements ReactiveController {
  private current: Locale = DEFAULT_LOCALE;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.current;
  }

  hostConnected(): void {
    this.current = resolveLocale(this.host);
    subscribers.add(this);
    watchLangChanges();
  }

  hostDisconnected(): void {
    subscribers.delete(this);
  }

  /** Re-reads the language; re-renders the host only when it changed. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }
}
