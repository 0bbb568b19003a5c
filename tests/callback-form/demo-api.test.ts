import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { $, clearStorage, createForm, fillValid, submit, text, until, waitOutRetries } from './helpers.js';

interface DemoLog {
  callbacks: Array<{ idempotencyKey: string; body: Record<string, unknown> }>;
  attempts: Array<{ idempotencyKey: string; scenario: string | null; status: number }>;
}

const demoLog = async (): Promise<DemoLog> => (await fetch('/api/callbacks')).json() as Promise<DemoLog>;

/** The form against the embedded demo API (the same handler `npm start` serves). */
describe('<callback-form> against the demo API', () => {
  let clock: sinon.SinonFakeTimers;

  beforeEach(() => {
    clearStorage();
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });

  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('callback-form').forEach((el) => el.remove());
    clearStorage();
  });

  async function send(endpoint: string) {
    const el = await createForm({ endpoint, 'privacy-url': '/confidentialite', fields: 'programme,slot,message' });
    await fillValid(el, { phone: '+32 470 12 34 56', message: 'Bonjour' });
    await clock.tickAsync(3000);
    submit(el);
    return el;
  }

  it('accepts what the form sends: the server checks it with the same schema', async () => {
    const succeeded = oneEvent(await send('/api/callbacks'), 'campus-submit-success');
    const { idempotencyKey, status } = (await succeeded).detail;
    expect(status).to.equal(201);
    const log = await demoLog();
    const kept = log.callbacks.find((entry) => entry.idempotencyKey === idempotencyKey)!;
    expect(kept.body).to.include({ firstName: 'Ada', phone: '+32470123456', message: 'Bonjour' });
    expect(log.attempts.filter((attempt) => attempt.idempotencyKey === idempotencyKey).map((attempt) => attempt.status)).to.deep.equal([201]);
  });

  it('refuses a body the schema refuses, field by field', async () => {
    const response = await fetch('/api/callbacks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ firstName: ' ', lastName: 'L', email: 'nope', phone: '0612345678', consent: { given: false, text: 'x', at: 'now' }, context: {} }),
    });
    expect(response.status).to.equal(422);
    const { errors } = (await response.json()) as { errors: Record<string, string> };
    expect(Object.keys(errors).sort()).to.deep.equal(['consent', 'context', 'email', 'firstName', 'phone']);
  });

  it('?scenario=flaky: 503 twice for a key, then accepted; the attempts share the key', async () => {
    const el = await send('/api/callbacks?scenario=flaky');
    await waitOutRetries(clock);
    await until(() => el.state === 'success', 'success');
    const { attempts } = await demoLog();
    const key = attempts[0]!.idempotencyKey;
    expect(attempts.filter((attempt) => attempt.idempotencyKey === key).map((attempt) => attempt.status)).to.deep.equal([201, 503, 503]);
  });

  it('?scenario=422 and ?scenario=429 show the server’s refusal', async () => {
    const rejected = await send('/api/callbacks?scenario=422');
    await until(() => rejected.state === 'error', 'error');
    await rejected.updateComplete;
    expect(text($(rejected, '#email-error'))).to.contain('Cette adresse a déjà demandé un rappel');

    rejected.remove();
    const limited = await send('/api/callbacks?scenario=429');
    await until(() => limited.state === 'error', 'error');
    await limited.updateComplete;
    expect(text($(limited, '[part="summary"] li'))).to.match(/Réessayez dans 2\sminutes/);
  });

  it('?scenario=offline: no answer at all, so the request is queued', async () => {
    const el = await send('/api/callbacks?scenario=offline');
    await waitOutRetries(clock);
    await until(() => el.state === 'queued', 'queued');
    localStorage.clear(); // the demo's outbox entry must not follow other tests
  });
});
