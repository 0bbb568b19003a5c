import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { MockApi } from '../helpers/mock-api.js';
import { $, clearStorage, createForm, fillValid, focusedPart, submit, text, until, waitOutRetries } from './helpers.js';

/** Private modes and full quotas: every write throws. */
function refuseWrites(): void {
  sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
}

describe('<callback-form> when the browser refuses storage', () => {
  let api: MockApi;
  let clock: sinon.SinonFakeTimers;

  beforeEach(() => {
    clearStorage();
    api = new MockApi();
    clock = sinon.useFakeTimers({ now: Date.parse('2026-03-02T10:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });

  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('callback-form').forEach((el) => el.remove());
    clearStorage();
  });

  it('still works, and says that what is typed will not survive leaving the page', async () => {
    refuseWrites();
    const url = await api.script('/cb', { status: 201, body: {} });
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    expect(!$(el, '.note'), 'absent').to.equal(true);
    await fillValid(el);
    expect(text($(el, '.note'))).to.equal('Rien n’est gardé si vous quittez la page.');
    clock.restore();
    await expect(el).to.be.accessible();
    submit(el);
    await until(() => el.state === 'success', 'success');
    expect(await api.requests('/cb')).to.have.length(1);
  });

  it('works when merely reading storage throws (storage blocked)', async () => {
    sinon.stub(window, 'localStorage').get(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    sinon.stub(window, 'sessionStorage').get(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const url = await api.script('/cb', { status: 201, body: {} });
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await fillValid(el);
    await clock.tickAsync(3000);
    submit(el);
    await until(() => el.state === 'success', 'success');
    expect(await api.requests('/cb')).to.have.length(1);
  });

  it('keeps a request it cannot store in memory, says leaving the page loses it, and sends it once back online', async () => {
    refuseWrites();
    const url = await api.script('/cb', { status: 503, body: {} });
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await fillValid(el);
    await clock.tickAsync(3000);
    const queued = oneEvent(el, 'campus-submit-queued');
    submit(el);
    await waitOutRetries(clock);
    const { detail } = await queued;
    expect(detail.persisted).to.equal(false);
    expect(text($(el, '[part="queued"]'))).to.equal(
      'Votre demande partira dès que le serveur répondra. Rien n’est gardé si vous quittez la page.',
    );
    expect(focusedPart(el)).to.equal('queued');

    await api.script('/cb', { status: 201, body: {} });
    const sent = oneEvent(el, 'campus-submit-success');
    window.dispatchEvent(new Event('online'));
    expect((await sent).detail.idempotencyKey).to.equal(detail.idempotencyKey);
    const requests = await api.requests('/cb');
    expect(requests).to.have.length(4);
    expect(new Set(requests.map((request) => request.headers['idempotency-key'])).size).to.equal(1);
  });
});
