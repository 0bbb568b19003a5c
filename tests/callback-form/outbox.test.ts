import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { CallbackForm } from '../../src/callback-form/callback-form.js';
import { enqueue } from '../../src/callback-form/outbox.js';
import * as outbox from '../../src/callback-form/outbox.js';
import { postpone } from '../../src/callback-form/replay.js';
import { blockedAsMixedContent } from '../../src/callback-form/send.js';
import { MockApi } from '../helpers/mock-api.js';
import { $, clearStorage, createForm, fillValid, outboxEntries, submit, text, until, VALID, waitOutRetries } from './helpers.js';
import { loadPage, openTab, type FormPage } from './pages.js';

/**
 * The outbox that ends (issue 10): what the server receives and what storage holds, across real
 * page loads (iframes) and tabs (windows of this browser), with each page's clock faked.
 */
const NOW = Date.parse('2026-03-02T10:00:00Z');
const HUMAN = 3000;
const LOCK = 'campus-widgets:callback-replay';
/** The outbox's limits, as DESIGN.md gives them. */
const LIFETIME = 7 * 24 * 3600_000;
const MAX_ENTRIES = 10;
const PERSONAL = [VALID.firstName, VALID.lastName, VALID.email, '+33612345678', '06 12 34 56 78'];

const keyOf = (request: { headers: Record<string, string> }) => request.headers['idempotency-key'];

/** Everything this origin keeps in Web Storage, as one string. */
const storedText = () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });

/**
 * Adds a form to `page` and waits until the page's replay of the outbox has run to its end: this
 * test holds the replay lock, sees the page ask for it, lets go, then takes it after the page.
 */
async function formAfterReplay(page: FormPage, attributes: Record<string, string>): Promise<CallbackForm> {
  let release!: () => void;
  await new Promise<void>((held) => void navigator.locks.request(LOCK, () => new Promise<void>((resolve) => ((release = resolve), held()))));
  const el = await page.form(attributes);
  await until(async () => (await navigator.locks.query()).pending!.some((lock) => lock.name === LOCK), 'the page to ask for the outbox');
  release();
  await navigator.locks.request(LOCK, () => undefined);
  return el;
}

describe('<callback-form> outbox: nothing lost, nothing sent twice, nothing kept too long', () => {
  let api: MockApi;
  const pages: FormPage[] = [];

  beforeEach(() => {
    clearStorage();
    api = new MockApi();
  });

  afterEach(() => {
    sinon.restore();
    pages.splice(0).forEach((page) => page.close());
    document.querySelectorAll('callback-form').forEach((el) => el.remove());
    clearStorage();
  });

  /** Queues a submission in `page`: filled by a person, three attempts answered 503, then queued. */
  async function queueIn(page: FormPage, url: string): Promise<CallbackForm> {
    const el = await page.form({ endpoint: url, 'privacy-url': '/p', id: `form-${pages.indexOf(page)}` });
    await fillValid(el);
    await page.clock.tickAsync(HUMAN);
    submit(el);
    await waitOutRetries(page.clock);
    await until(() => el.state === 'queued', 'queued');
    return el;
  }

  for (const locks of [true, false]) {
    it(`two tabs back online at once: each request arrives exactly once${locks ? '' : ' (no Web Locks: the lease)'}`, async function () {
      this.timeout(20000);
      const url = await api.script('/cb', { status: 503, body: {} });
      const tabs = [await openTab(NOW, { timers: true }), await openTab(NOW, { timers: true })];
      pages.push(...tabs);
      const forms = [await queueIn(tabs[0]!, url), await queueIn(tabs[1]!, url)];
      const keys = [...new Set((await api.requests('/cb')).map(keyOf))];
      expect(keys).to.have.length(2);
      expect(outboxEntries()).to.have.length(2);

      // The server is back, slowly: a second replay would have all the time to send again.
      await api.script('/cb', { status: 201, body: {}, delay: 300 });
      if (!locks) tabs.forEach((tab) => Object.defineProperty(tab.win.navigator, 'locks', { value: undefined }));
      for (const tab of tabs) tab.win.dispatchEvent(new Event('online'));
      await until(() => forms.every((el) => el.state === 'success'), 'both forms to show success', 8000);

      const sent = (await api.requests('/cb')).slice(6);
      expect(sent.map(keyOf).sort(), 'each request once after the 503s').to.deep.equal([...keys].sort());
      expect(outboxEntries(), 'the outbox').to.deep.equal([]);
      expect(text($(forms[1]!, '[part="success"]'))).to.equal('Merci\u00a0! Nous vous rappelons bientôt.');
    });
  }

  it('a server that keeps answering 503: attempts spread out over 60 s of page loads; after 7 days nothing personal is left', async function () {
    this.timeout(30000);
    const url = await api.script('/cb', { status: 503, body: {} });
    const first = await loadPage(NOW, { timers: true });
    pages.push(first);
    await queueIn(first, url);
    const queuedAt = NOW + HUMAN + 5000;
    let [entry] = outboxEntries();
    // The first wait: 30 s, drawn in its second half.
    expect(entry!.next - queuedAt).to.be.within(15_000, 30_000);
    first.close();

    // A page load every 2 seconds for a minute.
    const waits: number[] = [];
    for (let t = 0; t <= 60_000; t += 2000) {
      const page = await loadPage(queuedAt + t);
      await formAfterReplay(page, { endpoint: url, 'privacy-url': '/p' });
      const [now] = outboxEntries();
      if (now!.tries !== entry!.tries) waits.push(now!.next - (queuedAt + t));
      entry = now;
      page.close();
    }
    const attempts = (await api.requests('/cb')).length - 3;
    // Without a backoff: 31. With it: the first retry 15–30 s after queuing, the next 30–60 s after that.
    expect(attempts, 'attempts from the outbox in 60 s').to.be.within(1, 2);
    expect(waits).to.have.length(attempts);
    expect(waits[0], 'the second wait: 60 s, in its second half').to.be.within(30_000, 60_000);

    // A week later: the entry is gone, the page is told, the visitor sees it on this visit.
    const late = await loadPage(queuedAt + LIFETIME + 60_000);
    pages.push(late);
    const errors: CustomEvent[] = [];
    late.win.document.addEventListener('campus-submit-error', (event) => errors.push(event as CustomEvent));
    const el = await formAfterReplay(late, { endpoint: url, 'privacy-url': '/p' });
    await until(() => $(el, '[part="undelivered"]'), 'the notice');
    expect(errors.map((event) => event.detail)).to.deep.equal([{ reason: 'undelivered', idempotencyKey: entry!.key }]);
    expect(text($(el, '[part="undelivered"]'))).to.equal('Votre demande précédente n’a pas pu être envoyée. Vous pouvez la refaire.');
    expect((await api.requests('/cb')).length - 3, 'no attempt after the lifetime').to.equal(attempts);
    expect(outboxEntries()).to.deep.equal([]);
    for (const value of PERSONAL) expect(storedText(), 'personal data in storage').not.to.include(value);

    // Told once: the visit after shows the form alone.
    const next = await loadPage(queuedAt + LIFETIME + 120_000);
    pages.push(next);
    const again = await next.form({ endpoint: url, 'privacy-url': '/p' });
    expect($(again, '[part="undelivered"]')).to.equal(null);
  });

  it('the notice of a request given up: on this visit, accessible, and the page told', async () => {
    const key = crypto.randomUUID();
    enqueue({ key, endpoint: 'http://localhost/cb', body: { firstName: 'Ada' } as never }, 0);
    const name = `campus-widgets:callback-outbox:${key}`;
    localStorage.setItem(name, JSON.stringify({ ...JSON.parse(localStorage.getItem(name)!), expires: Date.now() - 1 }));
    const el = document.createElement('callback-form');
    el.setAttribute('endpoint', '/cb');
    el.setAttribute('privacy-url', '/privacy');
    el.lang = 'en';
    const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('campus-submit-error', (event) => resolve(event as CustomEvent), { once: true }));
    document.body.append(el);
    expect((await failed).detail).to.deep.equal({ reason: 'undelivered', idempotencyKey: key });
    await until(() => $(el, '[part="undelivered"]'), 'the notice');
    const notice = $(el, '[part="undelivered"]')!;
    expect(text(notice)).to.equal('Your earlier request could not be sent. You can make it again.');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(outboxEntries()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a poisoned entry (500 for that body, slowly) does not delay a good one behind it', async () => {
    const url = await api.script('/cb', { bodyIncludes: 'Poison', status: 500, body: {}, delay: 3000 }, { status: 201, body: {} });
    enqueue({ key: crypto.randomUUID(), endpoint: url, body: { firstName: 'Poison' } as never }, 0);
    enqueue({ key: crypto.randomUUID(), endpoint: url, body: { firstName: 'Grace' } as never }, 0);
    const named = (name: string) => outboxEntries().find((entry) => (entry.body as { firstName: string }).firstName === name);
    const [poisoned, good] = [named('Poison'), named('Grace')];
    const page = await loadPage(Date.now() + 1000);
    pages.push(page);
    await page.form({ endpoint: url, 'privacy-url': '/p' });

    const answered = (key: string) => outboxEntries().find((entry) => entry.key === key)?.settled;
    await until(() => answered(good!.key), 'the good entry to be sent');
    // The poisoned one is still waiting for its answer.
    expect(outboxEntries().find((entry) => entry.key === poisoned!.key)).to.deep.include({ tries: 0 });
    await until(() => outboxEntries().find((entry) => entry.key === poisoned!.key)?.tries === 1, 'the poisoned entry to be postponed', 6000);
    const requests = await api.requests('/cb');
    expect(requests.map((request) => JSON.parse(request.body).firstName).sort()).to.deep.equal(['Grace', 'Poison']);
  });

  it('Retry-After from a 503 is respected by the outbox', async () => {
    const url = await api.script('/cb', { status: 503, headers: { 'Retry-After': '3600' }, body: {} });
    enqueue({ key: crypto.randomUUID(), endpoint: url, body: { firstName: 'Ada' } as never }, 0);
    const now = Date.now() + 1000;
    const page = await loadPage(now);
    pages.push(page);
    await formAfterReplay(page, { endpoint: url, 'privacy-url': '/p' });
    const [entry] = outboxEntries();
    expect(entry!.tries).to.equal(1);
    expect(entry!.next - now).to.be.at.least(3600_000);
  });

  it('the backoff has jitter: entries that fail together come back at different times', () => {
    const keys = Array.from({ length: 8 }, () => crypto.randomUUID());
    for (const key of keys) {
      enqueue({ key, endpoint: 'http://localhost/cb', body: {} as never }, 0);
      postpone(outbox, key);
    }
    const nexts = outboxEntries().map((entry) => entry.next);
    expect(new Set(nexts).size).to.equal(8);
  });

  it(`at most ${MAX_ENTRIES} wait in storage: the next one is kept in the page only, and the visitor told so`, async () => {
    for (let i = 0; i < MAX_ENTRIES; i++) enqueue({ key: crypto.randomUUID(), endpoint: 'http://localhost/elsewhere', body: {} as never });
    const url = await api.script('/cb', { status: 503, body: {} });
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await fillValid(el);
    await clock.tickAsync(HUMAN);
    submit(el);
    await waitOutRetries(clock);
    await until(() => el.state === 'queued', 'queued');
    expect(outboxEntries()).to.have.length(MAX_ENTRIES);
    expect(text($(el, '[part="queued"]'))).to.include('Rien n’est gardé si vous quittez la page.');
  });

  it('an http: endpoint is blocked on an https: page, except on this machine', () => {
    expect(blockedAsMixedContent('http://crm.example.org/cb', 'https://ecole.fr/')).to.equal(true);
    expect(blockedAsMixedContent('https://crm.example.org/cb', 'https://ecole.fr/')).to.equal(false);
    expect(blockedAsMixedContent('http://crm.example.org/cb', 'http://ecole.fr/')).to.equal(false);
    expect(blockedAsMixedContent('http://localhost:8080/cb', 'https://ecole.fr/')).to.equal(false);
    expect(blockedAsMixedContent('http://127.0.0.1/cb', 'https://ecole.fr/')).to.equal(false);
    expect(blockedAsMixedContent('http://api.localhost/cb', 'https://ecole.fr/')).to.equal(false);
    expect(blockedAsMixedContent('http://localhost.evil.fr/cb', 'https://ecole.fr/')).to.equal(true);
  });
});
