import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { CallbackForm } from '../../src/callback-form/callback-form.js';
import { MockApi } from '../helpers/mock-api.js';
import { $, clearStorage, control, createForm, fillValid, focusedPart, submit, text, type, until } from './helpers.js';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const fakeClock = () => sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
const OPTIONS = '<option value="big-data-ia">Big Data &amp; IA</option><option value="cybersecurite">Cybersécurité</option>';

describe('<callback-form>: fields, validation, spam marks, draft', () => {
  let api: MockApi;
  let url: string;

  beforeEach(async () => {
    clearStorage();
    api = new MockApi();
    url = await api.script('/callbacks', { status: 201, body: { ok: true } });
  });

  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('callback-form').forEach((el) => el.remove());
    clearStorage();
  });

  it('renders labelled fields with the right type, autocomplete, inputmode and parts', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/confidentialite' }, OPTIONS);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text($(el, 'h2'))).to.equal('Une question\u00a0? Nous vous rappelons');
    expect($<HTMLFormElement>(el, 'form')!.noValidate).to.equal(true);
    expect($(el, 'form')!.getAttribute('part')).to.equal('form');

    const expected: Array<[string, string, string, string | null, string]> = [
      ['firstName', 'text', 'given-name', null, 'Prénom'],
      ['lastName', 'text', 'family-name', null, 'Nom'],
      ['email', 'email', 'email', 'email', 'E-mail'],
      ['phone', 'tel', 'tel', 'tel', 'Téléphone'],
    ];
    for (const [name, inputType, autocomplete, inputmode, label] of expected) {
      const input = control(el, name);
      expect(input.type, name).to.equal(inputType);
      expect(input.getAttribute('autocomplete'), name).to.equal(autocomplete);
      expect(input.getAttribute('inputmode'), name).to.equal(inputmode);
      expect(input.required, name).to.equal(true);
      expect(input.getAttribute('part')).to.equal('input');
      expect(text(input.labels![0]), name).to.equal(label);
      expect(input.labels![0]!.getAttribute('part')).to.equal('label');
      expect(!!input.closest('[part="field"]'), 'present').to.equal(true);
    }
    // Default optional fields: programme (from the light-DOM options) and message.
    const programme = control(el, 'programme') as unknown as HTMLSelectElement;
    expect(programme.tagName).to.equal('SELECT');
    expect([...programme.options].map((option) => [option.value, option.text])).to.deep.equal([
      ['', 'Peu importe'],
      ['big-data-ia', 'Big Data & IA'],
      ['cybersecurite', 'Cybersécurité'],
    ]);
    expect(text(programme.labels![0])).to.equal('Formation (facultatif)');
    expect(control(el, 'message').tagName).to.equal('TEXTAREA');
    expect(!$(el, '[name="slot"]'), 'absent').to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('select, textarea, input:not([name="website"])')].every((c) => c.getAttribute('part') === 'input')).to.equal(true);

    const consent = control(el, 'consent');
    expect(consent.type).to.equal('checkbox');
    expect(consent.checked).to.equal(false);
    expect(consent.required).to.equal(true);
    const link = consent.labels![0]!.querySelector('a')!;
    expect(link.href).to.equal(new URL('/confidentialite', location.href).href);
    // In this tab: the draft keeps what the visitor typed while they read the policy.
    expect(link.target).to.equal('');
    expect(text(consent.labels![0])).to.equal('J’accepte d’être rappelé, selon notre politique de confidentialité.');
    const button = $<HTMLButtonElement>(el, 'button')!;
    expect(button.getAttribute('part')).to.equal('submit');
    expect(button.type).to.equal('submit');
    expect(text(button)).to.equal('Être recontacté');
    await expect(el).to.be.accessible();
  });

  it('lays out the message field like the others: its wrapper does not match the shared `.message` rule', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    const field = (name: string) => control(el, name).closest<HTMLElement>('[part="field"]')!;
    // `class="field message"` once took the "nothing to show" text's padding: 16 px in, 24 px taller.
    expect(getComputedStyle(field('message')).padding).to.equal('0px');
    expect(field('message').getBoundingClientRect().left).to.equal(field('email').getBoundingClientRect().left);
    expect(field('message').getBoundingClientRect().width).to.equal(field('email').getBoundingClientRect().width);
  });

  it('inherits the page font into inputs and the button', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.fontFamily = 'Georgia, serif';
    document.body.append(wrapper);
    const el = document.createElement('callback-form');
    el.setAttribute('endpoint', url);
    el.setAttribute('privacy-url', '/p');
    wrapper.append(el);
    await el.updateComplete;
    try {
      expect(getComputedStyle(control(el, 'email')).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle($(el, 'button')!).fontFamily).to.equal('Georgia, serif');
    } finally {
      wrapper.remove();
    }
  });

  it('speaks English under lang="en", with slots overriding the heading and the button', async () => {
    const el = await createForm(
      { endpoint: url, lang: 'en', 'privacy-url': '/privacy' },
      '<span slot="heading">Questions? Ask us</span><span slot="submit">Ring me</span>',
    );
    const [heading] = $<HTMLSlotElement>(el, 'slot[name="heading"]')!.assignedNodes();
    expect(text(heading as Element)).to.equal('Questions? Ask us');
    expect(text($<HTMLSlotElement>(el, 'slot[name="submit"]')!.assignedElements()[0])).to.equal('Ring me');
    expect(text(control(el, 'firstName').labels![0])).to.equal('First name');
    expect(text(control(el, 'consent').labels![0])).to.contain('I agree to be called back');

    const plain = await createForm({ endpoint: url, lang: 'en', 'privacy-url': '/privacy' });
    expect(text($(plain, 'h2'))).to.equal('Got a question? We’ll call you back');
    expect(text($(plain, 'button'))).to.equal('Call me back');
  });

  it('shows the fields that `fields` names, and warns once for a bad value, falling back to the default', async () => {
    const warn = sinon.stub(console, 'warn');
    const withSlot = await createForm({ endpoint: url, 'privacy-url': '/p', fields: 'slot, message' });
    expect(!$(withSlot, '[name="programme"]'), 'absent').to.equal(true);
    const slot = control(withSlot, 'slot') as unknown as HTMLSelectElement;
    expect([...slot.options].map((option) => option.value)).to.deep.equal(['', 'morning', 'afternoon', 'evening']);
    expect(!!control(withSlot, 'message'), 'present').to.equal(true);

    const none = await createForm({ endpoint: url, 'privacy-url': '/p', fields: '' });
    expect(!el(none, 'select, textarea'), 'absent').to.equal(true);
    expect(warn.called).to.equal(false);

    const bad = await createForm({ endpoint: url, 'privacy-url': '/p', fields: 'programme,phone-number' });
    bad.requestUpdate();
    await bad.updateComplete;
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.match(/^<callback-form> fields: /);
    expect(!!control(bad, 'programme'), 'present').to.equal(true); // no <option>: a text input
    expect(control(bad, 'programme').type).to.equal('text');
    expect(!!control(bad, 'message'), 'present').to.equal(true);

    function el(form: CallbackForm, selector: string) {
      return form.shadowRoot!.querySelector(selector);
    }
  });

  it('warns about a missing endpoint and privacy-url, and still renders a sensible consent sentence', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await createForm({});
    expect(warn.args.map(([message]) => String(message).split(':')[0])).to.deep.equal([
      '<callback-form> endpoint',
      '<callback-form> privacy-url',
    ]);
    expect(!control(el, 'consent').labels![0]!.querySelector('a'), 'absent').to.equal(true);
    expect(text(control(el, 'consent').labels![0])).to.equal(
      'J’accepte d’être rappelé, selon notre politique de confidentialité.',
    );
    await expect(el).to.be.accessible();
  });

  it('drops a privacy-url that is not http(s)', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await createForm({ endpoint: url, 'privacy-url': 'javascript:alert(1)' });
    expect(!control(el, 'consent').labels![0]!.querySelector('a'), 'absent').to.equal(true);
    expect(warn.args.some(([message]) => String(message).startsWith('<callback-form> privacy-url'))).to.equal(true);
  });

  it('on a failed submit lists every problem in a summary that takes focus, and sends nothing', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await type(el, 'lastName', 'Lovelace');
    await type(el, 'email', 'not an address');
    const failed = oneEvent(el, 'campus-submit-error');
    submit(el);
    const { detail } = await failed;
    expect(detail).to.deep.equal({
      reason: 'invalid',
      fieldErrors: {
        firstName: 'Entrez votre prénom',
        email: 'Entrez une adresse comme nom@exemple.fr',
        phone: 'Entrez votre téléphone',
        consent: 'Cochez la case pour être rappelé',
      },
    });
    expect(el.getAttribute('state')).to.equal('error');
    const summary = $(el, '[part="summary"]')!;
    expect(focusedPart(el)).to.equal('summary');
    expect(text(summary.querySelector('h3'))).to.equal('Il y a un problème');
    expect(!!summary.querySelector('[role="alert"]'), 'present').to.equal(true);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), text(link)])).to.deep.equal([
      ['#firstName', 'Entrez votre prénom'],
      ['#email', 'Entrez une adresse comme nom@exemple.fr'],
      ['#phone', 'Entrez votre téléphone'],
      ['#consent', 'Cochez la case pour être rappelé'],
    ]);
    // Each field shows its own message too.
    for (const name of ['firstName', 'email', 'phone', 'consent']) {
      expect(control(el, name).getAttribute('aria-invalid'), name).to.equal('true');
      expect(!!el.shadowRoot!.getElementById(control(el, name).getAttribute('aria-describedby')!.split(' ').pop()!), 'present').to.equal(true);
    }
    expect(control(el, 'lastName').getAttribute('aria-invalid')).to.equal('false');

    // A summary link moves focus to its field, inside the shadow root; the page URL is left alone.
    const before = location.href;
    links[2]!.click();
    expect(el.shadowRoot!.activeElement === control(el, 'phone'), 'the phone field has focus').to.equal(true);
    expect(location.href).to.equal(before);

    expect(await api.requests('/callbacks')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('refuses too long a message with the limit, in the locale', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await fillValid(el, { message: 'x'.repeat(2001) });
    const failed = oneEvent(el, 'campus-submit-error');
    submit(el);
    expect((await failed).detail.fieldErrors).to.deep.equal({ message: 'Écrivez 2\u202f000 caractères au plus' });
  });

  it('sends once on a double click or a double Enter', async () => {
    const clock = fakeClock();
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await fillValid(el);
    await clock.tickAsync(3000);
    const button = $<HTMLButtonElement>(el, 'button')!;
    button.click();
    button.click();
    await until(() => el.state === 'success', 'success');

    const second = await createForm({ endpoint: url, 'privacy-url': '/p', id: 'second' });
    await fillValid(second);
    await clock.tickAsync(3000);
    const form = $<HTMLFormElement>(second, 'form')!;
    form.requestSubmit();
    form.requestSubmit();
    await until(() => second.state === 'success', 'success');

    const requests = await api.requests('/callbacks');
    expect(requests).to.have.length(2);
    expect(requests[0]!.headers['idempotency-key']).not.to.equal(requests[1]!.headers['idempotency-key']);
  });

  it('sends the body DESIGN.md describes, with the shown fields, consent and context', async () => {
    const clock = fakeClock();
    const page = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}utm_source=newsletter&utm_campaign=jpo&utm_medium=email&other=1`);
    try {
      const el = await createForm({ endpoint: url, 'privacy-url': '/p', source: 'home-block', fields: 'programme,slot,message' }, OPTIONS);
      await fillValid(el, { phone: '+33 6 12 34 56 78', lastName: '  Lovelace ', message: 'Quand est la rentrée\u00a0?' });
      const programme = control(el, 'programme') as unknown as HTMLSelectElement;
      programme.value = 'big-data-ia';
      programme.dispatchEvent(new Event('input', { bubbles: true }));
      await clock.tickAsync(5000);
      const submitted = oneEvent(el, 'campus-submit');
      submit(el);
      const event = await submitted;
      await until(() => el.state === 'success', 'success');

      const expected = {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.org',
        phone: '+33612345678',
        programme: 'big-data-ia',
        message: 'Quand est la rentrée\u00a0?',
        consent: {
          given: true,
          text: 'J’accepte d’être rappelé, selon notre politique de confidentialité.',
          at: '2026-03-02T10:00:05.000Z',
        },
        context: {
          pageUrl: location.href,
          pageTitle: document.title,
          referrer: document.referrer,
          locale: 'fr',
          source: 'home-block',
          utm: { source: 'newsletter', medium: 'email', campaign: 'jpo' },
        },
      };
      expect(event.detail).to.deep.equal(expected);
      expect(event.cancelable).to.equal(true);
      const [request] = await api.requests('/callbacks');
      expect(request!.method).to.equal('POST');
      expect(request!.headers['content-type']).to.equal('application/json');
      expect(request!.headers['idempotency-key']).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(JSON.parse(request!.body)).to.deep.equal(expected); // no slot: shown but not chosen
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('lets the page cancel campus-submit: nothing is sent', async () => {
    const clock = fakeClock();
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await fillValid(el);
    await clock.tickAsync(3000);
    el.addEventListener('campus-submit', (event) => event.preventDefault(), { once: true });
    const submitted = oneEvent(el, 'campus-submit');
    submit(el);
    await submitted;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(await api.requests('/callbacks')).to.have.length(0);
  });

  it('hides the honeypot from people and assistive technology, and only marks bots', async () => {
    const clock = fakeClock();
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    const trap = $<HTMLInputElement>(el, '[name="website"]')!;
    const box = trap.closest('.trap')!;
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    expect(box.hasAttribute('inert')).to.equal(true);
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getBoundingClientRect().right).to.be.below(0);
    trap.focus();
    expect(el.shadowRoot!.activeElement === trap, 'the honeypot took focus').to.equal(false);

    // A human, after 3 seconds: no mark.
    await fillValid(el);
    await clock.tickAsync(3000);
    submit(el);
    await until(() => el.state === 'success', 'success');

    // Filled in a second: marked, still sent.
    const fast = await createForm({ endpoint: url, 'privacy-url': '/p', id: 'fast' });
    await fillValid(fast);
    await clock.tickAsync(1000);
    submit(fast);
    await until(() => fast.state === 'success', 'success');

    // The honeypot filled: marked, still sent.
    const bot = await createForm({ endpoint: url, 'privacy-url': '/p', id: 'bot' });
    await fillValid(bot);
    $<HTMLInputElement>(bot, '[name="website"]')!.value = 'https://spam.example';
    await clock.tickAsync(10000);
    submit(bot);
    await until(() => bot.state === 'success', 'success');

    const bodies = (await api.requests('/callbacks')).map((request) => JSON.parse(request.body));
    expect(bodies.map((body) => body.context.suspectedBot)).to.deep.equal([undefined, true, true]);
    expect(JSON.stringify(bodies)).not.to.contain('spam.example');
  });

  it('keeps what the visitor typed across a reload until it is sent — but not the consent tick', async () => {
    const clock = fakeClock();
    const first = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await fillValid(first, { message: 'Bonjour' });
    first.remove();

    const reloaded = await createForm({ endpoint: url, 'privacy-url': '/p' });
    expect(control(reloaded, 'firstName').value).to.equal('Ada');
    expect(control(reloaded, 'phone').value).to.equal('06 12 34 56 78');
    expect(control(reloaded, 'message').value).to.equal('Bonjour');
    expect(control(reloaded, 'consent').checked).to.equal(false);

    control(reloaded, 'consent').click();
    // A restored draft is not filled "too fast".
    submit(reloaded);
    await until(() => reloaded.state === 'success', 'success');
    const [request] = await api.requests('/callbacks');
    expect(JSON.parse(request!.body).context.suspectedBot).to.equal(undefined);
    reloaded.remove();

    const afterSuccess = await createForm({ endpoint: url, 'privacy-url': '/p' });
    expect(control(afterSuccess, 'firstName').value).to.equal('');
    void clock;
  });

  it('pushes campus_callback_success to the dataLayer with `datalayer`, and no personal data', async () => {
    const clock = fakeClock();
    const page = window as unknown as { dataLayer?: unknown[] };
    delete page.dataLayer;
    const el = await createForm({ endpoint: url, 'privacy-url': '/p', datalayer: '' });
    await fillValid(el);
    await clock.tickAsync(3000);
    submit(el);
    await until(() => el.state === 'success', 'success');
    expect(page.dataLayer).to.deep.equal([{ event: 'campus_callback_success' }]);

    const without = await createForm({ endpoint: url, 'privacy-url': '/p', id: 'without' });
    await fillValid(without);
    await clock.tickAsync(3000);
    submit(without);
    await until(() => without.state === 'success', 'success');
    expect(page.dataLayer).to.have.length(1);
    delete page.dataLayer;
  });
});
