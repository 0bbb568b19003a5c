/**
 * Where focus goes when the visitor closes a banner: the close button disappears with it, and a
 * browser would drop focus to `<body>`, sending a keyboard or screen-reader user back to the top
 * of the page (WCAG 2.4.3). Loaded on the first dismiss only (a chunk of its own).
 */

/** What can take focus from the keyboard, before checking it is enabled, shown and not `tabindex="-1"`. */
const FOCUSABLE = 'a[href],area[href],button,input,select,textarea,summary,iframe,[tabindex],[contenteditable]';

/** Every element of `root` in tree order, open shadow roots (other widgets' controls) included. */
function* elementsOf(root: Document | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* elementsOf(element.shadowRoot);
  }
}

const focusable = (element: Element): element is HTMLElement =>
  element.matches(FOCUSABLE) && (element as HTMLElement).tabIndex >= 0 && !element.matches(':disabled') && element.getClientRects().length > 0;

/**
 * Focuses what Tab would have reached after `host` (the banner, now hidden): the first focusable
 * element after it in the page, else the last one before it. A page with nothing focusable keeps
 * the browser's default.
 */
export function focusNextAfter(host: Element): void {
  let before: HTMLElement | undefined;
  let after = false;
  for (const element of elementsOf(host.ownerDocument)) {
    if (element === host) after = true;
    else if (focusable(element) && !host.shadowRoot?.contains(element)) {
      if (after) return element.focus();
      before = element;
    }
  }
  before?.focus();
}
