import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { CallbackForm } from '../../src/callback-form/callback-form.js';
import { MockApi, type ReceivedRequest } from '../helpers/mock-api.js';
import { $, clearStorage, control, createForm, fillValid, focusedPart, openNextPage, OUTBOX, submit, text, until, waitOutRetries } from './helpers.js';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const HUMAN = 3000;

const keys = (requests: ReceivedRequest[]) => requests.map((request) => request.headers['idempotency-key']);
const outbox = () => JSON.parse(localStorage.getItem(OUTBOX) ?? '[]') as Array<{ key: string }>;

/** What a form filled with `fillValid` sends, submitted when the visitor has taken HUMAN ms. */
const expectedBody = () => ({
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.org',
  phone: '+33612345678',
  consent: {
    given: true,
    text: 'J’accepte d’être rappelé, selon notre politique de confidentialité.',
    at: new Date(NOW + HUMAN).toISOString(),
  },
  context: { pageUrl: location.href, pageTitle: document.title, referrer: document.referrer, locale: 'fr' },
});

/** The server got `count` POSTs of one submission: one key, a UUID, the same JSON body each time. */
function expectOneSubmission(requests: ReceivedRequest[], count: number): string {
  expect(requests).to.have.length(count);
  expect(new Set(keys(requests)).size, 'one Idempotency-Key').to.equal(1);
  const [key] = keys(requests);
  expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  for (const request of requests) {
    expect(request.method).to.equal('POST');
    expect(request.headers['content-type']).to.equal('application/json');
    expect(JSON.parse(request.body)).to.deep.equal(expectedBody());
  }
  return key!;
}

describe('<callback-form>: every answer from the server', () => {
  let api: MockApi;
  let clock: sinon.SinonFakeTimers;

  beforeEach(() => {
    clearStorage();
    api = new MockApi();
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });

  /** The next pages a test opened. */
  const pages: HTMLIFrameElement[] = [];

  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('callback-form').forEach((el) => el.remove());
    pages.splice(0).forEach((frame) => frame.remove());
    clearStorage();
  });

  /** A form on `url`, filled by a person (past the minimum fill time). */
  async function filledForm(url: string, attributes: Record<string, string> = {}): Promise<CallbackForm> {
    const el = await createForm({ endpoint: url, 'privacy-url': '/confidentialite', ...attributes });
    await fillValid(el);
    await clock.tickAsync(HUMAN);
    return el;
  }

  /** Waits until the form is waiting between two attempts (its backoff timer is the only timer). */
  const waitingToRetry = () => until(() => clock.countTimers() === 1, 'the backoff timer');

  it('201: shows the success message, focused, and emits campus-submit-success', async () => {
    const url = await api.script('/cb', { status: 201, body: { id: 'cb-1' } });
    const el = await filledForm(url);
    const succeeded = oneEvent(el, 'campus-submit-success');
    submit(el);
    expect(el.getAttribute('state')).to.equal('ready'); // the checks load first, then it sends
    await until(() => el.state === 'submitting', 'submitting');
    expect(text($(el, 'button'))).to.equal('Envoi…');
    expect($(el, 'button')!.getAttribute('aria-disabled')).to.equal('true');
    const { detail } = await succeeded;

    const key = expectOneSubmission(await api.requests('/cb'), 1);
    expect(detail).to.deep.equal({ idempotencyKey: key, status: 201 });
    expect(el.getAttribute('state')).to.equal('success');
    const success = $(el, '[part="success"]')!;
    expect(text(success)).to.equal('Merci\u00a0! Nous vous rappelons bientôt.');
    expect(success.getAttribute('role')).to.equal('status');
    expect(focusedPart(el)).to.equal('success');
    expect(!$(el, 'form'), 'absent').to.equal(true);
    expect(outbox()).to.deep.equal([]);
    clock.restore();
    await expect(el).to.be.accessible();
  });

  it('422: puts the server’s messages on its fields and in the summary', async () => {
    const url = await api.script('/cb', {
      status: 422,
      body: { errors: { email: 'Cette adresse est déjà inscrite.', context: 'Contexte incomplet' } },
    });
    const el = await filledForm(url);
    const failed = oneEvent(el, 'campus-submit-error');
    submit(el);
    const { detail } = await failed;

    expect(detail).to.deep.equal({
      reason: 'rejected',
      fieldErrors: { email: 'Cette adresse est déjà inscrite.', context: 'Contexte incomplet' },
    });
    expectOneSubmission(await api.requests('/cb'), 1);
    expect(el.getAttribute('state')).to.equal('error');
    expect(text($(el, '#email-error'))).to.equal('Erreur\u00a0: Cette adresse est déjà inscrite.');
    expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    const summary = $(el, '[part="summary"]')!;
    expect([...summary.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
      'Contexte incomplet',
      'Cette adresse est déjà inscrite.',
    ]);
    expect(summary.querySelector('a')!.getAttribute('href')).to.equal('#email');
    expect(focusedPart(el)).to.equal('summary');
    // Nothing typed is lost: the form is still filled, and the request left the outbox.
    expect(control(el, 'firstName').value).to.equal('Ada');
    expect(outbox()).to.deep.equal([]);
    clock.restore();
    await expect(el).to.be.accessible();
  });

  it('400 with messages, or no body: the messages (text only), or a general one', async () => {
    const url = await api.script('/cb', { status: 400, body: { errors: { phone: 'Numéro refusé', email: ['not text'] } } }, { status: 400, raw: 'Bad Request', headers: { 'Content-Type': 'text/plain' } });
    const el = await filledForm(url);
    const refused = oneEvent(el, 'campus-submit-error');
    submit(el);
    expect((await refused).detail).to.deep.equal({ reason: 'rejected', fieldErrors: { phone: 'Numéro refusé' } });
    expect(text($(el, '#phone-error'))).to.equal('Erreur\u00a0: Numéro refusé');

    const failed = oneEvent(el, 'campus-submit-error');
    submit(el);
    expect((await failed).detail).to.deep.equal({ reason: 'rejected' });
    expect([...$(el, '[part="summary"]')!.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
      'Envoi impossible\u00a0: réessayez plus tard.',
    ]);
    // Two submissions, two keys: the visitor sent again after a refusal.
    const requests = await api.requests('/cb');
    expect(new Set(keys(requests)).size).to.equal(2);
  });

  it('429: says when to try again, from Retry-After in seconds', async () => {
    const url = await api.script(
      '/cb',
      { status: 429, headers: { 'Retry-After': '120' }, body: {} },
      { status: 429, headers: { 'Retry-After': '30' }, body: {} },
    );
    const el = await filledForm(url);
    const failed = oneEvent(el, 'campus-submit-error');
    submit(el);
    expect((await failed).detail).to.deep.equal({ reason: 'rate-limited', retryAfter: 120 });
    expect(el.getAttribute('state')).to.equal('error');
    expect(text($(el, '[part="summary"] li'))).to.match(/^Trop de demandes\. Réessayez dans 2\sminutes\.$/);
    expect(focusedPart(el)).to.equal('summary');
    expectOneSubmission(await api.requests('/cb'), 1); // a 429 is not retried
    expect(outbox()).to.deep.equal([]);

    const again = oneEvent(el, 'campus-submit-error');
    submit(el);
    expect((await again).detail).to.deep.equal({ reason: 'rate-limited', retryAfter: 30 });
    expect(text($(el, '[part="summary"] li'))).to.match(/^Trop de demandes\. Réessayez dans 1\sminute\.$/);
  });

  it('503 twice then 201: retries with backoff under the same Idempotency-Key, staying "submitting"', async () => {
    const url = await api.script('/cb', { status: 503, body: {} }, { status: 503, body: {} }, { status: 201, body: {} });
    const el = await filledForm(url);
    submit(el);
    await waitingToRetry();
    expect(await api.requests('/cb')).to.have.length(1);
    expect(el.getAttribute('state')).to.equal('submitting');
    await clock.tickAsync(999);
    expect(await api.requests('/cb')).to.have.length(1); // not before a second has passed
    await clock.tickAsync(1);
    await until(async () => (await api.requests('/cb')).length === 2, 'the second attempt');
    await waitingToRetry();
    expect(el.getAttribute('state')).to.equal('submitting');
    await clock.tickAsync(4000);
    await until(() => el.state === 'success', 'success');

    expectOneSubmission(await api.requests('/cb'), 3);
    expect(outbox()).to.deep.equal([]);
    expect(focusedPart(el)).to.equal('success');
  });

  it('always 503: three attempts, then queued in the outbox; a reload sends it, once, with the same key', async () => {
    const url = await api.script('/cb', { status: 503, body: {} });
    const el = await filledForm(url);
    const queued = oneEvent(el, 'campus-submit-queued');
    submit(el);
    await waitingToRetry();
    await clock.tickAsync(1000);
    await until(async () => (await api.requests('/cb')).length === 2, 'the second attempt');
    await waitingToRetry();
    await clock.tickAsync(4000);
    const { detail } = await queued;

    const key = expectOneSubmission(await api.requests('/cb'), 3);
    expect(detail).to.deep.equal({ idempotencyKey: key, persisted: true });
    expect(el.getAttribute('state')).to.equal('queued');
    const notice = $(el, '[part="queued"]')!;
    expect(text(notice)).to.equal('Votre demande partira dès que le serveur répondra.');
    expect(focusedPart(el)).to.equal('queued');
    expect(outbox().map((entry) => entry.key)).to.deep.equal([key]);
    clock.restore();
    await expect(el).to.be.accessible();

    // The visitor leaves; the server comes back; the next page (a new document: nothing in
    // memory, only what storage kept, and no `online` event) has the form again.
    el.remove();
    await api.script('/cb', { status: 201, body: {} });
    const markup = `<callback-form endpoint="${url}" privacy-url="/confidentialite"></callback-form>`;
    const next = await openNextPage(markup);
    pages.push(next.frame);
    const [reloaded] = next.forms;
    // Its draft knows the request is waiting (it may already be sent by the time we look).
    await until(() => reloaded!.state === 'success', 'the queued request sent by the next page');
    expect(expectOneSubmission(await api.requests('/cb'), 4)).to.equal(key);
    expect(reloaded!.getAttribute('state')).to.equal('success');
    expect(outbox()).to.deep.equal([]);

    // Sent: the draft is gone, the page after that shows an empty form and sends nothing.
    const later = await openNextPage(markup);
    pages.push(later.frame);
    expect(later.forms[0]!.getAttribute('state')).to.equal('ready');
    expect(control(later.forms[0]!, 'firstName').value).to.equal('');
    expect(await api.requests('/cb')).to.have.length(4);
  });

  it('a dropped connection is retried with the same key', async () => {
    const url = await api.script('/cb', { drop: true });
    const el = await filledForm(url);
    submit(el);
    await waitingToRetry();
    expect(el.getAttribute('state')).to.equal('submitting');
    // Chromium itself resends a POST when a reused keep-alive connection is reset before any
    // answer, on each idle connection of its pool: the server may see several drops of the one
    // attempt — all under the same key, which is what makes that harmless.
    const dropped = (await api.requests('/cb')).length;
    expect(dropped).to.be.at.least(1);
    await api.script('/cb', { status: 201, body: {} });
    await clock.tickAsync(1000);
    await until(() => el.state === 'success', 'success');
    expectOneSubmission(await api.requests('/cb'), dropped + 1);
    expect(focusedPart(el)).to.equal('success');
  });

  it('an attempt that outlives `timeout` is aborted and retried', async () => {
    const url = await api.script('/cb', { status: 201, body: {}, delay: 2000 }, { status: 201, body: {} });
    const el = await filledForm(url, { timeout: '200' });
    submit(el);
    await waitingToRetry(); // the first attempt gave up after 200 ms (real time)
    await clock.tickAsync(1000);
    await until(() => el.state === 'success', 'success');
    expectOneSubmission(await api.requests('/cb'), 2);
  });

  it('sends a queued request when the browser is back online', async () => {
    const url = await api.script('/cb', { status: 503, body: {} });
    const el = await filledForm(url);
    submit(el);
    await waitOutRetries(clock);
    await until(() => el.state === 'queued', 'queued');
    await api.script('/cb', { status: 201, body: {} });
    const sent = oneEvent(el, 'campus-submit-success');
    window.dispatchEvent(new Event('online'));
    await sent;
    expect(el.getAttribute('state')).to.equal('success');
    expectOneSubmission(await api.requests('/cb'), 4);
    expect(outbox()).to.deep.equal([]);
  });

  it('the next page load sends what an earlier page left in the outbox, once for two forms, with no `online` event', async () => {
    const url = await api.script('/cb', { status: 201, body: {}, delay: 100 });
    const entry = { key: crypto.randomUUID(), endpoint: url, body: { firstName: 'Ada' } };
    localStorage.setItem(OUTBOX, JSON.stringify([entry]));
    const next = await openNextPage(
      `<callback-form endpoint="${url}" privacy-url="/p" id="one"></callback-form><callback-form endpoint="${url}" privacy-url="/p" id="two"></callback-form>`,
    );
    pages.push(next.frame);
    await until(() => outbox().length === 0, 'the outbox to empty');
    const requests = await api.requests('/cb');
    expect(requests).to.have.length(1);
    expect(requests[0]!.headers['idempotency-key']).to.equal(entry.key);
    expect(JSON.parse(requests[0]!.body)).to.deep.equal(entry.body);
  });

  it('a queued request refused when it is finally sent shows the server’s messages', async () => {
    const url = await api.script('/cb', { status: 503, body: {} });
    const el = await filledForm(url);
    submit(el);
    await waitOutRetries(clock);
    await until(() => el.state === 'queued', 'queued');
    await api.script('/cb', { status: 422, body: { errors: { phone: 'Numéro inconnu' } } });
    const failed = oneEvent(el, 'campus-submit-error');
    window.dispatchEvent(new Event('online'));
    expect((await failed).detail).to.deep.equal({ reason: 'rejected', fieldErrors: { phone: 'Numéro inconnu' } });
    expect(el.getAttribute('state')).to.equal('error');
    expect(control(el, 'phone').value).to.equal('06 12 34 56 78');
    expect(outbox()).to.deep.equal([]);
  });
});
