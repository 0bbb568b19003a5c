import { sendKeys } from '@web/test-runner-commands';
import type { CallbackForm } from '../../src/callback-form/callback-form.js';
import '../../src/callback-form/define.js';

import { until } from '../helpers/until.js';

export { until };

/**
 * Lets the form's retries run out on the fake clock: each backoff (1 s, then 4 s) is waited out
 * once its timer is set, after the attempt before it failed in real time.
 */
export async function waitOutRetries(clock: { countTimers(): number; tickAsync(ms: number): Promise<unknown> }): Promise<void> {
  for (const wait of [1000, 4000]) {
    await until(() => clock.countTimers() === 1, 'the backoff timer');
    await clock.tickAsync(wait);
  }
}

export const OUTBOX = 'campus-widgets:callback-outbox';

/** The outbox's entries as stored: one localStorage key each (`<OUTBOX>:<idempotency key>`). */
export function outboxEntries(): Array<{ key: string; endpoint: string; body: unknown; expires: number; next: number; tries: number; settled?: unknown }> {
  return Object.keys(localStorage)
    .filter((name) => name.startsWith(`${OUTBOX}:`))
    .map((name) => JSON.parse(localStorage.getItem(name)!));
}

/** Every key the form keeps in localStorage (outbox entries, the given-up flag, the replay lease) and the drafts. */
export function clearStorage(): void {
  for (const name of Object.keys(localStorage)) if (name.startsWith('campus-widgets:callback')) localStorage.removeItem(name);
  sessionStorage.clear();
}

/**
 * The next page load: a new document of this origin (an iframe, so localStorage is shared and so
 * is this tab's sessionStorage, as after a reload) holding `markup` and the form's module loaded
 * afresh, with no memory of this page's forms and its own real clock. Resolves once every form in
 * it has rendered. Remove the frame when done.
 */
export async function openNextPage(markup: string): Promise<{ frame: HTMLIFrameElement; forms: CallbackForm[] }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fr"><body>${markup}<script type="module" src="/src/callback-form/define.ts"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded; // module scripts run before the load event
  const forms = [...frame.contentDocument!.querySelectorAll('callback-form')] as CallbackForm[];
  await until(() => forms.every((form) => form.shadowRoot), 'the forms of the next page');
  await Promise.all(forms.map((form) => form.updateComplete));
  return { frame, forms };
}

/** Creates the element with these attributes (and light-DOM markup), connects it, waits for its first render. */
export async function createForm(attributes: Record<string, string>, children = ''): Promise<CallbackForm> {
  const el = document.createElement('callback-form');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = children;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: CallbackForm, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export const control = (el: CallbackForm, name: string) => $<HTMLInputElement>(el, `[name="${name}"]`)!;

/** Types into a control as a person would: value, then the `input` event. */
export async function type(el: CallbackForm, name: string, value: string): Promise<void> {
  const input = control(el, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/**
 * Types into a control with the keyboard, replacing what it holds, then leaves it with Tab: the
 * browser's own input and change events, as a person makes them.
 */
export async function typeAndLeave(el: CallbackForm, name: string, value: string): Promise<void> {
  const input = control(el, name);
  input.focus();
  input.select();
  await sendKeys({ type: value });
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

/** Leaves the focused control. */
export async function leave(el: CallbackForm): Promise<void> {
  (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
}

export const VALID = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.org',
  phone: '06 12 34 56 78',
};

/** Fills the required fields (French phone as people type it) and ticks consent. */
export async function fillValid(el: CallbackForm, values: Record<string, string> = {}): Promise<void> {
  for (const [name, value] of Object.entries({ ...VALID, ...values })) await type(el, name, value);
  control(el, 'consent').click();
  await el.updateComplete;
}

export function submit(el: CallbackForm): void {
  $<HTMLButtonElement>(el, '[part="submit"]')!.click();
}

/** The part that has focus inside the element, if any. */
export const focusedPart = (el: CallbackForm) => el.shadowRoot!.activeElement?.getAttribute('part');

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
