import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { CallbackForm } from '../../src/callback-form/callback-form.js';
import { MockApi } from '../helpers/mock-api.js';
import { $, clearStorage, control, createForm, focusedPart, text, typeAndLeave, until } from './helpers.js';

/**
 * DESIGN.md: "reward early, punish late". Before the first submit, leaving a field shows no new
 * error; after it, a field's error updates when the visitor leaves it and goes as soon as its
 * value is right. Nothing moves the submit button between the press and the release: one click
 * on it always submits or shows the errors.
 */

const center = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};

/** Types into a field with the keyboard, and stays in it. */
async function typeInto(el: CallbackForm, name: string, value: string): Promise<void> {
  control(el, name).focus();
  control(el, name).select();
  await sendKeys({ type: value });
  await el.updateComplete;
}

/**
 * Presses the submit button with the real pointer, checks it has not moved when the button is
 * released, and releases it: a click only if press and release land on the button.
 */
async function pressAndReleaseSubmit(el: CallbackForm): Promise<void> {
  const button = $(el, '[part="submit"]')!;
  button.scrollIntoView({ block: 'center' });
  const position = center(button);
  const before = button.getBoundingClientRect().top;
  await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'down' });
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  expect(button.getBoundingClientRect().top, 'the button moved between press and release').to.equal(before);
  await sendMouse({ type: 'up' });
}

describe('<callback-form>: validation timing', () => {
  let api: MockApi;
  let url: string;

  beforeEach(async () => {
    clearStorage();
    await setViewport({ width: 1000, height: 900 });
    api = new MockApi();
    url = await api.script('/callbacks', { status: 201, body: { ok: true } });
  });

  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    document.querySelectorAll('callback-form').forEach((el) => el.remove());
    clearStorage();
  });

  it('the new user: the bad phone typed last, then one real click on the button shows the error summary', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await typeAndLeave(el, 'firstName', 'Ada');
    await typeAndLeave(el, 'lastName', 'Lovelace');
    await typeAndLeave(el, 'email', 'ada@example.org');
    const consent = control(el, 'consent');
    consent.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: center(consent) });
    expect(consent.checked).to.equal(true);
    await typeInto(el, 'phone', '12');

    const failed = oneEvent(el, 'campus-submit-error');
    await pressAndReleaseSubmit(el); // one press, one release: the phone field is left in between
    const { detail } = await failed;
    expect(detail).to.deep.equal({ reason: 'invalid', fieldErrors: { phone: 'Entrez un numéro comme 06 12 34 56 78 ou +32 470 12 34 56' } });
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect(focusedPart(el)).to.equal('summary');
    expect(text($(el, '[part="summary"] a'))).to.equal('Entrez un numéro comme 06 12 34 56 78 ou +32 470 12 34 56');
    expect(control(el, 'phone').getAttribute('aria-invalid')).to.equal('true');
    expect(await api.requests('/callbacks')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('before the first submit, leaving a field shows no error, however wrong it is', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await typeAndLeave(el, 'email', 'ada@example');
    await typeAndLeave(el, 'phone', '12');
    control(el, 'firstName').focus();
    await sendKeys({ press: 'Tab' }); // through an empty required field
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="error"]')).to.have.length(0);
    expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('false');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('after a submit, an error goes as the value becomes right, and updates or appears when the field is left', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await typeAndLeave(el, 'lastName', 'Lovelace');
    await typeAndLeave(el, 'email', 'ada@example');
    await pressAndReleaseSubmit(el);
    await until(() => el.getAttribute('state') === 'error', 'the failed submit');
    expect(text($(el, '#email-error'))).to.equal('Erreur\u00a0: Entrez une adresse comme nom@exemple.fr');
    expect(text($(el, '#firstName-error'))).to.equal('Erreur\u00a0: Entrez votre prénom');

    // Reward early: the first letter makes the first name right; its error goes while typing.
    await typeInto(el, 'firstName', 'A');
    expect(!$(el, '#firstName-error'), 'the first name error is gone').to.equal(true);
    expect(control(el, 'firstName').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.activeElement === control(el, 'firstName'), 'still in the field').to.equal(true);

    // An email still wrong keeps its error while typing; still wrong when left, it stays.
    await typeInto(el, 'email', 'ada@');
    expect(text($(el, '#email-error'))).to.contain('Entrez une adresse');
    await typeInto(el, 'email', 'ada@example.org');
    expect(!$(el, '#email-error'), 'the email error is gone').to.equal(true);

    // Punish late, now the visitor has submitted once: a field left wrong says so at once.
    await typeAndLeave(el, 'phone', '06 12 34 56');
    expect(text($(el, '#phone-error'))).to.equal('Erreur\u00a0: Entrez un numéro comme 06 12 34 56 78 ou +32 470 12 34 56');
    await typeAndLeave(el, 'lastName', ' ');
    expect(text($(el, '#lastName-error'))).to.equal('Erreur\u00a0: Entrez votre nom');
    // The summary lists what is wrong now.
    expect([...el.shadowRoot!.querySelectorAll('[part="summary"] a')].map((link) => link.getAttribute('href'))).to.deep.equal([
      '#lastName',
      '#phone',
      '#consent',
    ]);
  });

  it('after a submit, a field left wrong by pressing the button does not move it: the click submits', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p' });
    await typeAndLeave(el, 'firstName', 'Ada');
    await typeAndLeave(el, 'lastName', 'Lovelace');
    await typeAndLeave(el, 'email', 'ada@example.org');
    control(el, 'consent').click();
    await pressAndReleaseSubmit(el);
    await until(() => el.getAttribute('state') === 'error', 'the failed submit');

    // The phone is made right (its error and the summary go), then wrong again, and the button pressed.
    await typeInto(el, 'phone', '06 12 34 56 78');
    expect(el.shadowRoot!.querySelectorAll('[part="error"], [part="summary"]')).to.have.length(0);
    await typeInto(el, 'phone', '12');
    const failed = oneEvent(el, 'campus-submit-error');
    await pressAndReleaseSubmit(el);
    expect((await failed).detail.fieldErrors).to.deep.equal({ phone: 'Entrez un numéro comme 06 12 34 56 78 ou +32 470 12 34 56' });
    await el.updateComplete;
    expect(focusedPart(el)).to.equal('summary');
  });
});
