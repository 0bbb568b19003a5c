import type { Drive } from './specimens.js';

/**
 * Puts a `<callback-form>` in a state the way a visitor would: it types into the form's own
 * inputs (found by their `autocomplete` tokens and `part`s, which DESIGN.md fixes), ticks the
 * consent box and clicks `::part(submit)`. The outcome — field errors, 422, 429, retries, queued,
 * sent — is then the element's and the demo API's doing, not the page's.
 */

const visitor = {
  'given-name': 'Ada',
  'family-name': 'Lovelace',
  email: 'ada@example.org',
  tel: '06 12 34 56 78',
};
const message = 'Bonjour, je voudrais parler des admissions en mastère Big Data & IA.';

/** The form marks a submission made sooner than this after it appeared as a likely bot. */
const MINIMUM_FILL_TIME = 3000;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function type(control: Control, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Resolves once the form has rendered its controls; false if it never does (e.g. not built yet). */
async function rendered(form: HTMLElement): Promise<ShadowRoot | null> {
  await customElements.whenDefined('callback-form');
  await (form as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const root = form.shadowRoot;
  return root?.querySelector('[part~="submit"]') ? root : null;
}

/** `shownAt`: the `performance.now()` when the form was put on the page. */
export async function driveForm(form: HTMLElement, drive: Drive, shownAt: number): Promise<void> {
  const root = await rendered(form);
  if (!root) return;
  if (drive === 'fill-and-send') {
    for (const [token, value] of Object.entries(visitor)) {
      const control = root.querySelector<HTMLInputElement>(`input[autocomplete~="${token}"]`);
      if (control) type(control, value);
    }
    const programme = root.querySelector<HTMLSelectElement>('select[part~="input"]');
    const firstChoice = [...(programme?.options ?? [])].find((option) => option.value);
    if (programme && firstChoice) type(programme, firstChoice.value);
    const text = root.querySelector<HTMLTextAreaElement>('textarea[part~="input"]');
    if (text) type(text, message);
    const consent = root.querySelector<HTMLInputElement>('input[type="checkbox"][part~="input"]');
    if (consent && !consent.checked) consent.click();
    // A human takes longer than the form's minimum fill time; the demo waits as long.
    const wait = MINIMUM_FILL_TIME + 200 - (performance.now() - shownAt);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  root.querySelector<HTMLButtonElement>('[part~="submit"]')?.click();
}
