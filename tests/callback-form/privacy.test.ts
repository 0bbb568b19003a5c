import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MockApi } from '../helpers/mock-api.js';
import { clearStorage, control, createForm, fillValid, submit, type, until, VALID } from './helpers.js';
import { loadPage, PAGE, type FormPage } from './pages.js';

/**
 * What the form keeps and sends about the visitor (issue 10): a draft that forgets, and a request
 * context without the page's query, fragment or the referrer's path. "Reloads" are real new
 * documents (iframes) sharing this tab's sessionStorage.
 */
const MINUTE = 60_000;
const PERSONAL = [VALID.firstName, VALID.lastName, VALID.email, VALID.phone];
const session = () => JSON.stringify({ ...sessionStorage });

describe('<callback-form> privacy: the draft forgets, the context says little', () => {
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

  async function reload(now: number): Promise<FormPage> {
    const page = await loadPage(now);
    pages.push(page);
    return page;
  }

  it('after 30 minutes without a keystroke, a reloaded form is empty and sessionStorage holds nothing personal', async () => {
    const url = await api.script('/cb', { status: 201, body: {} });
    const typedAt = Date.now();
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await fillValid(el);
    for (const value of PERSONAL) expect(session()).to.include(value);
    el.remove();

    // 29 minutes later the draft is still there (reading it is no keystroke)…
    const soon = await (await reload(typedAt + 29 * MINUTE)).form({ endpoint: url, 'privacy-url': '/p' });
    expect(control(soon, 'firstName').value).to.equal(VALID.firstName);
    expect(control(soon, 'consent').checked, 'consent is never kept').to.equal(false);
    // …31 minutes after the last keystroke it is gone.
    const late = await (await reload(typedAt + 31 * MINUTE)).form({ endpoint: url, 'privacy-url': '/p' });
    for (const name of Object.keys(VALID)) expect(control(late, name).value, name).to.equal('');
    for (const value of PERSONAL) expect(session(), 'sessionStorage').not.to.include(value);
  });

  it('a form emptied by the visitor leaves no draft; consent and the honeypot are never kept', async () => {
    const el = await createForm({ endpoint: '/cb', 'privacy-url': '/p' });
    await fillValid(el);
    const [draft] = Object.values(sessionStorage).map((value) => JSON.parse(value));
    expect(draft.values).to.deep.include({ firstName: 'Ada' });
    expect(draft.values).not.to.have.any.keys('consent', 'website');
    for (const name of Object.keys(VALID)) await type(el, name, '');
    expect(sessionStorage.length, 'drafts').to.equal(0);
  });

  it('a draft whose request has left the outbox (sent by another page) is deleted, not shown', async () => {
    sessionStorage.setItem(
      'campus-widgets:callback-draft:cb-form',
      JSON.stringify({ values: { firstName: 'Ada' }, pendingKey: crypto.randomUUID(), at: Date.now() }),
    );
    const el = await (await reload(Date.now())).form({ endpoint: '/cb', id: 'cb-form', 'privacy-url': '/p' });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(control(el, 'firstName').value).to.equal('');
    expect(sessionStorage.length).to.equal(0);
  });

  it('the context has no query, fragment or referrer path, with a page URL carrying ?email=…#token=…', async () => {
    const url = await api.script('/cb', { status: 201, body: {} });
    // This page, the referrer of the next, has a private path and query too.
    const testUrl = location.href;
    history.replaceState(null, '', '/espace-eleve/dossier?session=abc123');
    let page: FormPage;
    try {
      page = await loadPage(Date.now(), {
        query: '?email=ada%40example.org&utm_source=newsletter&utm_medium=email&utm_campaign=jpo#token=s3cr3t',
      });
    } finally {
      history.replaceState(null, '', testUrl);
    }
    expect(page.win.document.referrer, 'the referrer the browser gives').to.include('/espace-eleve/dossier');
    pages.push(page);
    const el = await page.form({ endpoint: url, 'privacy-url': '/confidentialite' });
    await fillValid(el);
    page.clock.tick(3000);
    submit(el);
    await until(() => el.state === 'success', 'success');

    const [request] = await api.requests('/cb');
    const body = JSON.parse(request!.body);
    expect(body.context).to.deep.equal({
      pageUrl: `${location.origin}${PAGE}`,
      pageTitle: 'Une page du site avec le formulaire',
      referrer: location.origin,
      locale: 'fr',
      utm: { source: 'newsletter', medium: 'email', campaign: 'jpo' },
    });
    expect(body.consent.policyUrl).to.equal(`${location.origin}/confidentialite`);
    for (const secret of ['s3cr3t', 'token', 'email=', 'ada%40', 'espace-eleve', 'abc123']) {
      expect(JSON.stringify(body.context), secret).not.to.include(secret);
    }
  });
});
