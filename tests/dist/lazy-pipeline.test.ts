import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { MockApi } from '../helpers/mock-api.js';
import { until } from '../helpers/until.js';

/**
 * The form's submit pipeline (the request schema, zod, sending, the outbox writes) is a chunk of
 * its own in the BUILT dist/callback-form.js, loaded on the visitor's first interaction. These
 * tests serve that build through the scriptable test server, so that the pipeline's chunk can be
 * held back or lost like on a slow or dropped connection, in a fresh document each (an iframe:
 * its own module map).
 */
type Held = { delay?: number; status?: number };

/** dist/callback-form.js's code, the chunks it imports statically, and its pipeline chunk (paths under dist/). */
async function builtForm(): Promise<{ code: string; chunks: string[]; pipeline: string }> {
  const code = await (await fetch('/dist/callback-form.js')).text();
  const chunks = [...code.matchAll(/from\s*"\.\/(chunks\/[\w-]+\.js)"/g)].map(([, file]) => file!);
  const pipeline = /import\(\s*"\.\/(chunks\/pipeline-[\w-]+\.js)"\s*\)/.exec(code)?.[1];
  expect(pipeline, 'callback-form.js loads the pipeline with import()').to.be.a('string');
  return { code, chunks, pipeline: pipeline! };
}

/**
 * Serves callback-form.js, its static chunks and its pipeline chunk under `mock`; the pipeline's
 * chunk answers as `pipeline` says, in order (the last repeats). Returns the pipeline's path.
 */
async function serveBuild(mock: MockApi, ...pipeline: Held[]): Promise<string> {
  const form = await builtForm();
  const js = { 'Content-Type': 'text/javascript' };
  const text = async (file: string) => (await fetch(`/dist/${file}`)).text();
  await mock.script('/callback-form.js', { raw: form.code, headers: js });
  for (const file of form.chunks) await mock.script(`/${file}`, { raw: await text(file), headers: js });
  const raw = await text(form.pipeline);
  // What the pipeline imports beside itself and the form's chunks (the data chunk with zod).
  for (const [, file] of raw.matchAll(/from\s*"\.\/([\w-]+\.js)"/g)) {
    if (!form.chunks.includes(`chunks/${file}`)) await mock.script(`/chunks/${file}`, { raw: await text(`chunks/${file}`), headers: js });
  }
  await mock.script(`/${form.pipeline}`, ...(pipeline.length ? pipeline : [{}]).map((held) => ({ ...held, raw, headers: js })));
  return `/${form.pipeline}`;
}

/** A page with the built form, in an iframe; resolves once the form has rendered. */
async function openPage(mock: MockApi, endpoint: string): Promise<{ frame: HTMLIFrameElement; form: HTMLElement & { updateComplete: Promise<unknown> } }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:600px;height:1400px;border:0';
  frame.srcdoc = `<!doctype html><html lang="fr"><body style="margin:0">
    <callback-form endpoint="${endpoint}" fields="message"></callback-form>
    <script type="module" src="${mock.url('/callback-form.js')}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const form = frame.contentDocument!.querySelector('callback-form') as HTMLElement & { updateComplete: Promise<unknown> };
  await until(() => form.shadowRoot?.querySelector('form'), 'the form to render');
  await form.updateComplete;
  return { frame, form };
}


/** Where `selector` is, in this page's coordinates: the frame's offset plus the element's. */
function centre(frame: HTMLIFrameElement, form: HTMLElement, selector: string): [number, number] {
  const outer = frame.getBoundingClientRect();
  const inner = form.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
  return [Math.round(outer.x + inner.x + inner.width / 2), Math.round(outer.y + inner.y + inner.height / 2)];
}

/** The pipeline chunk's entries in the frame's resource timing: one per fetch that completed. */
const fetched = (frame: HTMLIFrameElement, chunk: string) =>
  frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(chunk));

/** Fills the form with the keyboard, as a person would: a click in the first field, then typing and Tab. */
async function fillWithKeyboard(frame: HTMLIFrameElement, form: HTMLElement): Promise<void> {
  await sendMouse({ type: 'click', position: centre(frame, form, '[name=firstName]') });
  for (const text of ['Ada', 'Lovelace', 'ada@example.org', '0612345678', 'Bonjour']) {
    await sendKeys({ type: text });
    await sendKeys({ press: 'Tab' });
  }
  await sendKeys({ press: 'Space' }); // consent
}

describe('callback-form: the submit pipeline, a lazy chunk of the build', () => {
  const frames: HTMLIFrameElement[] = [];
  // The whole form in view: a pointer only clicks what is on the screen.
  before(() => setViewport({ width: 800, height: 1400 }));
  // No draft and no outbox left by other test files: either would load the pipeline at start.
  beforeEach(() => {
    sessionStorage.clear();
    for (const name of Object.keys(localStorage)) if (name.startsWith('campus-widgets:callback')) localStorage.removeItem(name);
  });
  afterEach(async () => {
    frames.splice(0).forEach((frame) => frame.remove());
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('is not requested before the visitor interacts, and is once they focus a field', async () => {
    const mock = new MockApi();
    const chunk = await serveBuild(mock);
    const { frame, form } = await openPage(mock, mock.url('/callbacks'));
    frames.push(frame);
    // The page has settled: the entry and its static chunk are in, nothing else is on its way.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await mock.requests()).map(({ path }) => path)).to.have.members(['/callback-form.js', ...(await builtForm()).chunks.map((file) => `/${file}`)]);
    expect(fetched(frame, chunk)).to.deep.equal([]);

    await sendMouse({ type: 'click', position: centre(frame, form, '[name=firstName]') });
    await until(async () => (await mock.requests(chunk)).length === 1, 'the pipeline to be requested');
    await until(() => fetched(frame, chunk).length === 1, 'the pipeline to arrive');
  });

  it('sends the first submit, once, when the pipeline is still on its way at the click', async () => {
    const mock = new MockApi();
    const chunk = await serveBuild(mock, { delay: 2500 });
    await mock.script('/callbacks', { status: 201, body: {} });
    const { frame, form } = await openPage(mock, mock.url('/callbacks'));
    frames.push(frame);

    await fillWithKeyboard(frame, form);
    // Requested on the first focus, not here yet.
    expect(await mock.requests(chunk)).to.have.length(1);
    expect(fetched(frame, chunk)).to.deep.equal([]);
    // A double click, right after typing: the lock holds while the pipeline loads.
    const submit = centre(frame, form, '[part=submit]');
    await sendMouse({ type: 'click', position: submit });
    expect(form.getAttribute('state')).to.equal('submitting');
    await sendMouse({ type: 'click', position: submit });

    await until(() => form.getAttribute('state') === 'success', 'the success', 8000);
    const posts = await mock.requests('/callbacks');
    expect(posts).to.have.length(1);
    expect(JSON.parse(posts[0]!.body)).to.deep.include({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', phone: '+33612345678', message: 'Bonjour' });
    expect(form.shadowRoot!.activeElement?.getAttribute('part')).to.equal('success');
  });

  it('keeps what was typed and says so when the pipeline cannot be loaded; a later click tries again', async () => {
    const mock = new MockApi();
    // Lost on the way (a CDN's 503 here: a dropped connection is retried by the browser itself).
    const chunk = await serveBuild(mock, { status: 503 }, { status: 503 }, { status: 503 }, {});
    await mock.script('/callbacks', { status: 201, body: {} });
    const { frame, form } = await openPage(mock, mock.url('/callbacks'));
    frames.push(frame);

    await fillWithKeyboard(frame, form);
    await sendMouse({ type: 'click', position: centre(frame, form, '[part=submit]') });
    await until(() => form.getAttribute('state') === 'error', 'the error');
    const summary = form.shadowRoot!.querySelector('[part=summary]')!;
    expect(summary.textContent).to.include('Envoi impossible');
    expect(form.shadowRoot!.activeElement).to.equal(summary);
    expect((form.shadowRoot!.querySelector('[name=email]') as HTMLInputElement).value).to.equal('ada@example.org');
    const draft = Object.keys(sessionStorage).find((name) => name.startsWith('campus-widgets:callback-draft:'));
    expect(JSON.parse(sessionStorage.getItem(draft!)!).values).to.deep.include({ firstName: 'Ada', phone: '0612345678' });
    expect(await mock.requests('/callbacks')).to.deep.equal([]);

    // The connection is back: the next click loads the pipeline and sends.
    await sendMouse({ type: 'click', position: centre(frame, form, '[part=submit]') });
    await until(() => form.getAttribute('state') === 'success', 'the success', 8000);
    expect(await mock.requests('/callbacks')).to.have.length(1);
    // The browser keeps a failed module failed: the retry asks for it under another URL.
    const tries = await mock.requests(chunk);
    // The preload on the first focus (and its retry under another URL), the submit, the next click.
    expect(tries.map(({ query }) => query.startsWith('retry='))).to.deep.equal([false, true, true, true]);
  });
});
