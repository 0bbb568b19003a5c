import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import sinon from 'sinon';
import { CampusElement } from '../../src/internal/campus-element.js';
import { hostStyles } from '../../src/internal/host-styles.js';
import { commonMessages } from '../../src/internal/messages.js';
import { RemoteData } from '../../src/internal/remote-data.js';
import { parsePayload } from '../../src/internal/load-json.js';
import * as z from '../../src/internal/zod.js';
import { MockApi } from '../helpers/mock-api.js';

const listSchema = z.object({
  items: z.custom<string[]>((value) => Array.isArray(value) && value.every((item) => typeof item === 'string')),
  about: z.optional(z.object({ title: z.string() })),
});

/** The smallest element built the way the real ones are: RemoteData + state + fallback. */
class TestList extends CampusElement {
  static override tagName = 'test-list';
  static override styles = [hostStyles];
  readonly data: RemoteData<string[]> = new RemoteData(this, (json) => parsePayload(listSchema, json).items);

  protected override currentState() {
    return this.data.pendingState ?? (this.data.value?.length ? 'ready' : 'empty');
  }

  override render(): unknown {
    if (this.state === 'loading' || this.state === 'error') return this.renderFallback(this.data.pendingMessage(this.locale));
    return litHtml`<ul>${this.data.value?.map((item) => litHtml`<li>${item}</li>`)}</ul>`;
  }
}
TestList.define();

const settled = (el: TestList) => waitUntil(() => el.state !== 'loading', 'element stayed loading', { timeout: 5000 });

describe('CampusElement + RemoteData', () => {
  let api: MockApi;
  beforeEach(() => {
    api = new MockApi();
  });
  afterEach(() => sinon.restore());

  it('loads, renders, reflects state "ready" and emits campus-load after rendering', async () => {
    const url = await api.script('/list', { body: { items: ['a', 'b'], extra: 'ignored' } });
    const el = document.createElement('test-list') as TestList;
    el.setAttribute('endpoint', url);
    const loaded = oneEvent(el, 'campus-load');
    document.body.append(el);
    try {
      const event = await loaded;
      expect(event.detail).to.deep.equal(['a', 'b']);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(el.getAttribute('state')).to.equal('ready');
      expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['a', 'b']);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('reserves space with a placeholder while loading', async () => {
    const url = await api.script('/list', { delay: 3000, body: { items: [] } });
    const el = await fixture<TestList>(html`<test-list endpoint=${url}></test-list>`);
    expect(el.getAttribute('state')).to.equal('loading');
    const placeholder = el.shadowRoot!.querySelector('.placeholder')!;
    expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(20);
    await expect(el).to.be.accessible();
  });

  it('keeps the author fallback visible while loading and on error', async () => {
    const url = await api.script('/list', { delay: 200, status: 500, body: {} });
    const el = await fixture<TestList>(html`<test-list endpoint=${url}><a href="/agenda">Voir l’agenda</a></test-list>`);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    await settled(el);
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows a short localized message on error without a fallback, and emits campus-error', async () => {
    const url = await api.script('/list', { status: 503, body: { stack: 'Error at line 3' } });
    const wrapper = await fixture(html`<div lang="en"></div>`);
    const el = document.createElement('test-list') as TestList;
    el.setAttribute('endpoint', url);
    const failed = oneEvent(el, 'campus-error');
    wrapper.append(el);
    const { detail } = await failed;
    expect(detail).to.deep.equal({ reason: 'http', status: 503 });
    expect(el.shadowRoot!.textContent!.trim()).to.equal(commonMessages.en.unavailable);
    expect(el.shadowRoot!.textContent).not.to.include('Error at line');
    await expect(el).to.be.accessible();
  });

  it('reports a payload failing validation as invalid-response with its issues', async () => {
    const url = await api.script('/list', { body: { items: ['a'], about: { title: 42 } } });
    const el = document.createElement('test-list') as TestList;
    el.setAttribute('endpoint', url);
    const failed = oneEvent(el, 'campus-error');
    document.body.append(el);
    try {
      const { detail } = await failed;
      expect(detail.reason).to.equal('invalid-response');
      expect(detail.issues![0]!.path).to.equal('about.title');
      expect(el.state).to.equal('error');
    } finally {
      el.remove();
    }
  });

  it('is "empty" for an empty list, not an error', async () => {
    const url = await api.script('/list', { body: { items: [] } });
    const el = await fixture<TestList>(html`<test-list endpoint=${url}></test-list>`);
    await settled(el);
    expect(el.getAttribute('state')).to.equal('empty');
  });

  it('aborts the request in flight when the endpoint changes, and shows the new data', async () => {
    const slow = await api.script('/slow', { delay: 3000, body: { items: ['old'] } });
    const fast = await api.script('/fast', { body: { items: ['new'] } });
    const el = await fixture<TestList>(html`<test-list endpoint=${slow}></test-list>`);
    await waitUntil(async () => (await api.requests('/slow')).length === 1);
    const loaded = oneEvent(el, 'campus-load');
    el.endpoint = fast;
    expect((await loaded).detail).to.deep.equal(['new']);
    // The server saw the browser leave: the old answer can never land.
    await waitUntil(async () => (await api.requests('/slow'))[0]!.aborted, 'the slow request was not aborted', { timeout: 2000 });
    expect(el.shadowRoot!.textContent).to.include('new');
    expect(el.shadowRoot!.textContent).not.to.include('old');
  });

  it('aborts on disconnect and loads again on reconnect', async () => {
    const url = await api.script('/list', { delay: 300, body: { items: ['x'] } });
    const el = await fixture<TestList>(html`<test-list endpoint=${url}></test-list>`);
    await waitUntil(async () => (await api.requests('/list')).length === 1);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settled(el);
    expect(el.state).to.equal('ready');
    const requests = await api.requests('/list');
    expect(requests.map((request) => request.aborted)).to.deep.equal([true, false]);
  });

  it('aborts on disconnect and asks nothing more while it stays out of the page', async () => {
    const url = await api.script('/list', { delay: 3000, body: { items: ['x'] } });
    const el = await fixture<TestList>(html`<test-list endpoint=${url}></test-list>`);
    await waitUntil(async () => (await api.requests('/list')).length === 1);
    el.remove();
    await waitUntil(async () => (await api.requests('/list'))[0]!.aborted, 'the request outlived its element', { timeout: 2000 });
    expect(await api.requests('/list')).to.have.length(1);
    expect(el.state).to.equal('loading');
  });

  it('makes one request for three elements reading the same URL', async () => {
    const url = await api.script('/shared', { delay: 50, body: { items: ['a'] } });
    const wrapper = await fixture(html`<div>
      <test-list endpoint=${url}></test-list><test-list endpoint=${url}></test-list><test-list endpoint=${url}></test-list>
    </div>`);
    const lists = [...wrapper.querySelectorAll('test-list')] as TestList[];
    await Promise.all(lists.map(settled));
    expect(lists.map((el) => el.state)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(await api.requests('/shared')).to.have.length(1);
  });

  it('warns once, naming the element and the attribute, when the endpoint is missing', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<TestList>(html`<test-list></test-list>`);
    // A new timeout starts a new load, which finds the endpoint missing again.
    const attempts = sinon.spy(el, 'warnMissingOrInvalid');
    el.timeout = '9000';
    await el.updateComplete;
    expect(attempts.callCount, 'a second attempt to warn').to.equal(1);
    expect(el.state).to.equal('error');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.match(/<test-list> endpoint/);
  });

  it('warns about a bad timeout and uses the default', async () => {
    const warn = sinon.stub(console, 'warn');
    const url = await api.script('/list', { body: { items: ['a'] } });
    const el = await fixture<TestList>(html`<test-list endpoint=${url} timeout="soon"></test-list>`);
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.match(/<test-list> timeout/);
  });

  it('takes a timeout of whole milliseconds from 1000 to 60000; anything else is one warning and 8000', () => {
    const warn = sinon.stub(console, 'warn');
    const timeoutOf = (value: string) => {
      const el = document.createElement('test-list') as TestList;
      el.setAttribute('timeout', value);
      el.timeout = value;
      return [el.timeoutMs, el.timeoutMs];
    };
    for (const ok of ['1000', '2500', '60000']) expect(timeoutOf(ok)).to.deep.equal([Number(ok), Number(ok)]);
    // 3000000000 and Infinity overflow setTimeout: every load would time out at once.
    const bad = ['3000000000', 'Infinity', '60001', '999', '0', '-5', '1500.5', ''];
    for (const value of bad) expect(timeoutOf(value), value).to.deep.equal([8000, 8000]);
    expect(warn.callCount, 'one warning per element').to.equal(bad.length);
    expect(warn.firstCall.args[0]).to.equal('<test-list> timeout: "3000000000" is not valid; using 8000 (milliseconds).');
  });

  it('gives up after the timeout attribute', async () => {
    const url = await api.script('/list', { delay: 5000, body: { items: [] } });
    const el = document.createElement('test-list') as TestList;
    el.setAttribute('endpoint', url);
    el.setAttribute('timeout', '1000'); // the shortest allowed
    const failed = oneEvent(el, 'campus-error');
    document.body.append(el);
    try {
      expect((await failed).detail).to.deep.equal({ reason: 'timeout' });
    } finally {
      el.remove();
    }
  });

  it('re-renders in the new language when a page changes its lang', async () => {
    const url = await api.script('/list', { status: 500, body: {} });
    const wrapper = await fixture(html`<div lang="fr"><test-list endpoint=${url}></test-list></div>`);
    const el = wrapper.querySelector('test-list') as TestList;
    await settled(el);
    expect(el.shadowRoot!.textContent!.trim()).to.equal(commonMessages.fr.unavailable);
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => el.shadowRoot!.textContent!.trim() === commonMessages.en.unavailable);
  });

  it('define() leaves an already defined tag alone and can register under another name', () => {
    expect(() => TestList.define()).not.to.throw();
    TestList.define('test-list-renamed');
    expect(customElements.get('test-list-renamed')).to.exist;
    expect(document.createElement('test-list-renamed')).to.be.instanceOf(TestList);
  });
});
