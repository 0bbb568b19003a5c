import sinon from 'sinon';
import type { CallbackForm } from '../../src/callback-form/callback-form.js';
import { until } from './helpers.js';

/**
 * Real page loads for the outbox and the draft: each `FormPage` is a new document (an iframe,
 * or a second tab), with its own copy of the form's modules, as after a reload or on the next
 * visit. Storage is the origin's, shared with this test page as with any other tab.
 */
export const PAGE = '/tests/callback-form/page.html';

export interface FormPage {
  win: Window & typeof globalThis;
  /** The page's own clock, frozen at the time it was opened with (the page's `Date` only, or also its timers). */
  clock: sinon.SinonFakeTimers;
  /** Adds a form with these attributes to the page, once it has rendered. */
  form(attributes: Record<string, string>): Promise<CallbackForm>;
  close(): void;
}

async function ready(win: Window & typeof globalThis, now: number, timers: boolean, close: () => void): Promise<FormPage> {
  await until(() => win.document?.readyState === 'complete' && win.customElements?.get('callback-form'), 'the page to load', 8000);
  const clock = sinon.useFakeTimers({ global: win, now, toFake: timers ? ['setTimeout', 'clearTimeout', 'Date'] : ['Date'] });
  return {
    win,
    clock,
    async form(attributes) {
      const el = win.document.createElement('callback-form');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      win.document.body.append(el);
      await el.updateComplete;
      return el;
    },
    close,
  };
}

/** A page load in an iframe, at `now` (ms since the epoch): the form's module evaluated afresh. */
export async function loadPage(now: number, { query = '', timers = false } = {}): Promise<FormPage> {
  const frame = document.createElement('iframe');
  frame.src = PAGE + query;
  document.body.append(frame);
  return ready(frame.contentWindow as Window & typeof globalThis, now, timers, () => frame.remove());
}

/** A second tab of this browser (same storage, same Web Locks), at `now`. */
export async function openTab(now: number, { timers = false } = {}): Promise<FormPage> {
  const win = window.open(PAGE, '_blank') as (Window & typeof globalThis) | null;
  if (!win) throw new Error('the browser refused to open a tab');
  await until(() => win.location.pathname === PAGE, 'the tab to navigate', 8000);
  return ready(win, now, timers, () => win.close());
}
