import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { CallbackForm } from '../../src/callback-form/callback-form.js';
import { MockApi } from '../helpers/mock-api.js';
import { $, clearStorage, control, createForm, fillValid, focusedPart, text, until } from './helpers.js';

/**
 * `mode="dialog"`: the block the reference page shows ("Une question ? / … vous recontacte ! /
 * [Être recontacté]") whose button opens the form in a native modal dialog.
 */

const center = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};

const dialogOf = (el: CallbackForm) => $<HTMLDialogElement>(el, 'dialog');
const trigger = (el: CallbackForm) => $<HTMLButtonElement>(el, '[part="trigger"]')!;

/** A real click on the button that opens the dialog, then waits for it to be open. */
async function openWithClick(el: CallbackForm): Promise<HTMLDialogElement> {
  trigger(el).scrollIntoView({ block: 'center' });
  await sendMouse({ type: 'click', position: center(trigger(el)) });
  await until(() => dialogOf(el)?.open, 'the dialog to open');
  await el.updateComplete;
  return dialogOf(el)!;
}

describe('<callback-form mode="dialog">', () => {
  let api: MockApi;
  let url: string;

  beforeEach(async () => {
    clearStorage();
    await setViewport({ width: 1000, height: 800 });
    api = new MockApi();
    url = await api.script('/callbacks', { status: 201, body: { ok: true } });
  });

  afterEach(async () => {
    sinon.restore();
    await sendMouse({ type: 'move', position: [0, 0] });
    document.querySelectorAll('callback-form, .outside').forEach((el) => el.remove());
    clearStorage();
  });

  it('shows the reference page’s block — heading, line, button — and no form until it opens', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p', mode: 'dialog' });
    expect(text($(el, 'h2'))).to.equal('Une question\u00a0?');
    expect(text($(el, 'slot[name="intro"]'))).to.equal('Nous vous recontactons\u00a0!');
    expect(trigger(el).tagName).to.equal('BUTTON');
    expect(text(trigger(el))).to.equal('Être recontacté');
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(!$(el, 'form'), 'no form yet').to.equal(true);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(el.getAttribute('state')).to.equal('ready');
    await expect(el).to.be.accessible();

    const en = await createForm({ endpoint: url, 'privacy-url': '/p', mode: 'dialog', lang: 'en', id: 'en' });
    expect([text($(en, 'h2')), text($(en, 'slot[name="intro"]')), text(trigger(en))]).to.deep.equal(['Got a question?', 'We’ll call you back!', 'Call me back']);
  });

  it('lets the heading, intro and submit slots dress the block; the form in the dialog keeps its own texts', async () => {
    const el = await createForm(
      { endpoint: url, 'privacy-url': '/p', mode: 'dialog' },
      '<span slot="heading">Une question ?</span><span slot="intro">L’ESGI vous recontacte !</span><span slot="submit">Être rappelé</span>',
    );
    const assigned = (name: string) => text($<HTMLSlotElement>(el, `slot[name="${name}"]`)!.assignedElements()[0]);
    expect([assigned('heading'), assigned('intro'), assigned('submit')]).to.deep.equal(['Une question ?', 'L’ESGI vous recontacte !', 'Être rappelé']);
    expect($<HTMLSlotElement>(el, '[part="trigger"] slot[name="submit"]')!.assignedElements()).to.have.length(1);
    el.show();
    await until(() => dialogOf(el)?.open, 'the dialog to open');
    expect(text($(el, '[part="submit"]'))).to.equal('Être recontacté');
    expect(text(dialogOf(el)!.querySelector('h2'))).to.equal('Une question\u00a0? Nous vous rappelons');
  });

  it('opens from the button: a modal dialog, focus on the first field, `open` reflected, campus-dialog-open; the page behind is inert', async () => {
    const outside = document.createElement('button');
    outside.className = 'outside';
    outside.textContent = 'elsewhere on the page';
    document.body.append(outside);
    const el = await createForm({ endpoint: url, 'privacy-url': '/p', mode: 'dialog' });
    const opened = oneEvent(el, 'campus-dialog-open');
    const dialog = await openWithClick(el);
    await opened;
    expect(dialog.getAttribute('part')).to.equal('dialog');
    expect(dialog.matches(':modal'), 'modal').to.equal(true);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(el.shadowRoot!.activeElement === control(el, 'firstName'), 'focus on the first field').to.equal(true);
    expect(dialog.contains(el.shadowRoot!.querySelector('form')), 'the form is in the dialog').to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
    expect(text(el.shadowRoot!.getElementById('heading'))).to.equal('Une question\u00a0? Nous vous rappelons');

    // Inert behind: the page's button takes no focus and no click.
    outside.focus();
    expect(document.activeElement === outside, 'the page behind took focus').to.equal(false);
    const clicked = sinon.spy();
    outside.addEventListener('click', clicked);
    await sendMouse({ type: 'click', position: center(outside) });
    expect(clicked.called, 'the page behind took a click').to.equal(false);
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('closes with Escape: focus back on the button, campus-dialog-close, and what was typed is kept for the next opening', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p', mode: 'dialog' });
    await openWithClick(el);
    await sendKeys({ type: 'Ada' });
    control(el, 'email').focus();
    await sendKeys({ type: 'ada@example.org' });

    const closed = oneEvent(el, 'campus-dialog-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(dialogOf(el)!.open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(focusedPart(el)).to.equal('trigger');
    await expect(el).to.be.accessible();

    // Reopened with the keyboard: the draft is there.
    await sendKeys({ press: 'Enter' });
    await until(() => dialogOf(el)!.open, 'the dialog to open again');
    expect(control(el, 'firstName').value).to.equal('Ada');
    expect(control(el, 'email').value).to.equal('ada@example.org');
  });

  it('closes with its close button, and opens and closes from the page with show() and close()', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p', mode: 'dialog', lang: 'en' });
    el.show();
    await until(() => dialogOf(el)?.open, 'show() to open the dialog');
    const close = $<HTMLButtonElement>(el, '[part="close"]')!;
    expect(close.tagName).to.equal('BUTTON');
    expect(close.getAttribute('aria-label')).to.equal('Close');
    const closed = oneEvent(el, 'campus-dialog-close');
    await sendMouse({ type: 'click', position: center(close) });
    await closed;
    expect(dialogOf(el)!.open).to.equal(false);
    expect(focusedPart(el)).to.equal('trigger');

    el.show();
    await until(() => dialogOf(el)!.open, 'show() to open it again');
    el.close();
    await until(() => !dialogOf(el)!.open, 'close() to close it');
    expect(el.hasAttribute('open')).to.equal(false);

    // The attribute works too.
    el.setAttribute('open', '');
    await until(() => dialogOf(el)!.open, 'the open attribute to open it');
  });

  it('opens from show() alone, nobody having pointed at or focused its button', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p', mode: 'dialog', id: 'fresh' });
    const opened = oneEvent(el, 'campus-dialog-open');
    el.show();
    await el.updateComplete;
    expect(el.hasAttribute('open'), 'open reflected at once').to.equal(true);
    await opened;
    expect(el.shadowRoot!.activeElement === control(el, 'firstName'), 'focus on the first field').to.equal(true);
    expect(dialogOf(el)!.matches(':modal')).to.equal(true);
  });

  it('sends from the dialog: the success message shows and takes focus inside it', async () => {
    const el = await createForm({ endpoint: url, 'privacy-url': '/p', mode: 'dialog' });
    const dialog = await openWithClick(el);
    await fillValid(el);
    const submitButton = $(el, '[part="submit"]')!;
    const succeeded = oneEvent(el, 'campus-submit-success');
    await sendMouse({ type: 'click', position: center(submitButton) });
    await succeeded;
    await el.updateComplete;
    const success = $(el, '[part="success"]')!;
    expect(dialog.contains(success), 'in the dialog').to.equal(true);
    expect(dialog.open).to.equal(true);
    expect(focusedPart(el)).to.equal('success');
    expect(text(success)).to.equal('Merci\u00a0! Nous vous rappelons bientôt.');
    const [request] = await api.requests('/callbacks');
    expect(JSON.parse(request!.body).phone).to.equal('+33612345678');
    await expect(el).to.be.accessible();
  });

  it('at 360 px: a full-width dialog that scrolls, the close button always in view, no sideways scroll', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await createForm({ endpoint: url, 'privacy-url': '/p', mode: 'dialog', fields: 'programme,slot,message' });
    const dialog = await openWithClick(el);
    const box = dialog.getBoundingClientRect();
    expect([box.left, box.width]).to.deep.equal([0, document.documentElement.clientWidth]);
    expect(dialog.scrollHeight, 'taller than the screen').to.be.above(dialog.clientHeight);
    expect(dialog.scrollWidth, 'no sideways scroll in the dialog').to.equal(dialog.clientWidth);
    expect(document.documentElement.scrollWidth, 'no sideways scroll on the page').to.be.at.most(innerWidth);

    dialog.scrollTop = dialog.scrollHeight;
    await new Promise(requestAnimationFrame);
    expect(dialog.scrollTop, 'scrolled').to.be.above(0);
    const close = $(el, '[part="close"]')!;
    const closeBox = close.getBoundingClientRect();
    expect(closeBox.top, 'the close button is in view').to.be.at.least(0);
    expect(closeBox.right).to.be.at.most(innerWidth);
    const closed = oneEvent(el, 'campus-dialog-close');
    await sendMouse({ type: 'click', position: center(close) });
    await closed;
    await expect(el).to.be.accessible();
  });

  it('warns once for an unknown mode and renders the form inline', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await createForm({ endpoint: url, 'privacy-url': '/p', mode: 'popup' });
    el.requestUpdate();
    await el.updateComplete;
    expect(!!$(el, 'form'), 'the inline form').to.equal(true);
    expect(!$(el, '[part="trigger"]'), 'no trigger').to.equal(true);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.match(/^<callback-form> mode: /);
  });
});
