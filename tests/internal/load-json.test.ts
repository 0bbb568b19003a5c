import { expect, waitUntil } from '@open-wc/testing';
import { LoadError, loadJson, type LoadJsonOptions } from '../../src/internal/load-json.js';
import { MockApi } from '../helpers/mock-api.js';

const load = (url: string, options: Partial<LoadJsonOptions> = {}) => loadJson(url, { timeout: 8000, ...options });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('loadJson', () => {
  let api: MockApi;
  beforeEach(() => {
    api = new MockApi();
  });

  it('GETs with Accept: application/json and returns the parsed JSON body', async () => {
    const url = await api.script('/data', { body: { events: [] } });
    expect(await load(url)).to.deep.equal({ events: [] });
    const [request] = await api.requests('/data');
    expect(request!.method).to.equal('GET');
    expect(request!.headers.accept).to.equal('application/json');
  });

  describe('credentials', () => {
    // A cookie of this host: cookies ignore the port, so the other origin would get it too if asked.
    const cookie = `campus-session=${crypto.randomUUID()}`;
    beforeEach(() => {
      document.cookie = `${cookie}; path=${api.base}; SameSite=Lax`;
    });
    afterEach(() => {
      document.cookie = `${cookie}; path=${api.base}; max-age=0`;
    });

    it('sends the page’s cookies to its own origin', async () => {
      const url = await api.script('/data', { body: { ok: 1 } });
      expect(await load(url)).to.deep.equal({ ok: 1 });
      const [request] = await api.requests('/data');
      expect(request!.headers.cookie ?? '', 'the cookie header').to.include(cookie);
    });

    it('sends no cookie to another origin, even one that allows credentials', async () => {
      await api.script('/data', { body: { ok: 2 } });
      const url = await api.crossOriginUrl('/data');
      expect(new URL(url).origin).not.to.equal(location.origin);
      expect(await load(url)).to.deep.equal({ ok: 2 });
      const [request] = await api.requests('/data');
      expect(request!.headers.origin).to.equal(location.origin); // it did come cross-origin
      expect(request!.headers.cookie ?? '').not.to.include('campus-session');
    });
  });

  it('classifies an HTTP 500 as "http" with the status', async () => {
    const url = await api.script('/data', { status: 500, body: { message: 'boom' } });
    const error = await failure(load(url));
    expect(error).to.be.instanceOf(LoadError);
    expect(error).to.include({ reason: 'http', status: 500 });
  });

  it('classifies a body that is not JSON as "invalid-response"', async () => {
    const url = await api.script('/data', { raw: '<html>Maintenance</html>', headers: { 'Content-Type': 'text/html' } });
    expect(await failure(load(url))).to.include({ reason: 'invalid-response' });
  });

  it('classifies a request that outlives its timeout as "timeout"', async () => {
    const url = await api.script('/data', { delay: 5000, body: {} });
    expect(await failure(load(url, { timeout: 50 }))).to.include({ reason: 'timeout' });
  });

  it('classifies a dropped connection as "network"', async () => {
    const url = await api.script('/data', { drop: true });
    expect(await failure(load(url))).to.include({ reason: 'network' });
  });

  it('shares one request among three callers of the same URL', async () => {
    const url = await api.script('/list', { delay: 50, body: { articles: [1, 2, 3] } });
    const results = await Promise.all([load(url), load(url), load(url)]);
    expect(results).to.deep.equal([{ articles: [1, 2, 3] }, { articles: [1, 2, 3] }, { articles: [1, 2, 3] }]);
    expect(await api.requests('/list')).to.have.length(1);
  });

  it('asks again once the shared request has settled: it is no cache', async () => {
    const url = await api.script('/list', { body: { n: 1 } }, { body: { n: 2 } });
    expect(await load(url)).to.deep.equal({ n: 1 });
    expect(await load(url)).to.deep.equal({ n: 2 });
  });

  it('lets one caller abort while the others still get the data', async () => {
    const url = await api.script('/list', { delay: 100, body: { ok: true } });
    const leaving = new AbortController();
    const first = load(url, { signal: leaving.signal });
    const second = load(url);
    leaving.abort();
    const error = await failure(first);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(await second).to.deep.equal({ ok: true });
    const requests = await api.requests('/list');
    expect(requests.map((request) => request.aborted)).to.deep.equal([false]);
  });

  it('aborts the request itself when its last caller leaves', async () => {
    const url = await api.script('/slow', { delay: 2000, body: {} });
    const controller = new AbortController();
    const pending = load(url, { signal: controller.signal });
    await waitUntil(async () => (await api.requests('/slow')).length === 1);
    controller.abort();
    expect(((await failure(pending)) as DOMException).name).to.equal('AbortError');
    // The server sees the browser leave, rather than answering a request nobody reads.
    await waitUntil(async () => (await api.requests('/slow'))[0]!.aborted, 'the request was not aborted', { timeout: 1500 });
    // A new caller gets a new request rather than joining the aborted one.
    await api.script('/slow', { body: { fresh: true } });
    expect(await load(url)).to.deep.equal({ fresh: true });
  });

  it('rejects at once when the signal is already aborted', async () => {
    const url = await api.script('/data', { body: {} });
    const error = await failure(load(url, { signal: AbortSignal.abort() }));
    expect((error as DOMException).name).to.equal('AbortError');
    expect(await api.requests('/data')).to.have.length(0);
  });
});
