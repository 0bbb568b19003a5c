import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { callbackRequestSchema, type CallbackRequest } from '../../src/callback-form/request-schema.js';
import { readBody, sendJson, sendText, sleep } from './http.js';
import { readOpenDays } from './open-days.js';

/**
 * The embedded demo API, as a plain Node handler so it runs under vite (`npm start`) and under
 * web-test-runner (the demo's browser test) alike. Returns false for a request it does not serve.
 *
 *   GET  /api/open-days           native `{ events }`       GET /api/open-days.jsonld   schema.org @graph
 *        (both: `?case=soon|live|ending|ended|postponed|…` and `?shape=`, see open-days.ts)
 *   GET  /api/articles            `{ articles }`            GET /api/articles/:id       one article (id or slug)
 *   GET  /api/feed.json           JSON Feed 1.1             GET /api/wp/v2/posts        WordPress `?_embed` posts
 *                                                             GET /api/wp/v2/posts/:id    one WordPress post
 *   POST /api/callbacks           validated and kept        GET /api/callbacks          what was received
 *
 * `?scenario=` provokes a state: slow (2.5 s), error (500), invalid (wrong shape), empty,
 * 422 (field errors), 429 (Retry-After: 120), flaky (POST: 503 twice per idempotency key, then OK),
 * offline (POST: the connection is dropped without an answer for 20 s per idempotency key, as when
 * the network goes away; after that the request goes through, so the queued request is delivered
 * on the next page load or `online` event).
 *
 * POST /api/callbacks validates with the form's own request schema (`422 { errors }` otherwise)
 * and answers a repeated Idempotency-Key as it answered the first time, without keeping it twice.
 * GET /api/callbacks returns `{ callbacks, attempts }`: the requests accepted, and every POST
 * with the status it got (the demo shows retries sharing one key), newest first.
 */

const fixtures = resolve(import.meta.dirname, 'fixtures');
const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve(fixtures, name), 'utf8'));

interface ReceivedCallback {
  receivedAt: string;
  idempotencyKey: string | null;
  body: CallbackRequest;
}

interface CallbackAttempt {
  receivedAt: string;
  idempotencyKey: string | null;
  scenario: string | null;
  status: number;
}

/** What POST /api/callbacks accepted, newest first; duplicates by idempotency key are not kept twice. */
const received: ReceivedCallback[] = [];
/** Every POST /api/callbacks and the status it got, newest first. */
const attempts: CallbackAttempt[] = [];
const flakyAttempts = new Map<string, number>();
/** ?scenario=offline: when each idempotency key was first seen. */
const offlineSince = new Map<string, number>();
const OFFLINE_FOR = 20_000;
const KEEP = 50;

type Scenario = 'slow' | 'error' | 'invalid' | 'empty' | '422' | '429' | 'flaky' | 'offline' | null;

export async function handleDemoApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://demo.local');
  if (!url.pathname.startsWith('/api/')) return false;
  const scenario = url.searchParams.get('scenario') as Scenario;
  const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;

  if (route === 'POST /api/callbacks') {
    const status = await receiveCallback(req, res, scenario);
    const idempotencyKey = req.headers['idempotency-key']?.toString() ?? null;
    attempts.unshift({ receivedAt: new Date().toISOString(), idempotencyKey, scenario, status });
    attempts.length = Math.min(attempts.length, KEEP);
    return true;
  }
  if (scenario === 'slow') await sleep(2500);
  if (scenario === 'error') {
    sendJson(res, 500, { message: 'Internal Server Error' });
    return true;
  }
  if (route === 'GET /api/callbacks') {
    sendJson(res, 200, { callbacks: received, attempts });
    return true;
  }
  if (req.method !== 'GET') {
    sendJson(res, 405, { message: 'Method Not Allowed' });
    return true;
  }
  if (scenario === 'invalid') {
    // A body that is JSON but of no known shape, as a misrouted proxy or a changed API returns.
    sendText(res, 200, '{"status":"ok","data":"<html>maintenance</html>"}', 'application/json');
    return true;
  }

  const body = readOpenDays(url, scenario === 'empty') ?? readRoute(url.pathname.replace(/\/$/, ''), scenario === 'empty');
  if (body === undefined) {
    if (url.pathname.startsWith('/api/images/')) {
      const name = url.pathname.slice('/api/images/'.length).replace(/[^a-z0-9.-]/gi, '');
      try {
        sendText(res, 200, readFileSync(resolve(fixtures, name), 'utf8'), 'image/svg+xml');
      } catch {
        sendJson(res, 404, { message: 'Not Found' });
      }
      return true;
    }
    sendJson(res, 404, { message: 'Not Found' });
    return true;
  }
  sendJson(res, 200, body);
  return true;
}

function readRoute(path: string, empty: boolean): unknown {
  switch (path) {
    case '/api/articles':
      return empty ? { articles: [] } : fixture('articles.json');
    case '/api/feed.json':
      return empty ? { version: 'https://jsonfeed.org/version/1.1', title: 'Actualités', items: [] } : fixture('feed.json');
    case '/api/wp/v2/posts':
      return empty ? [] : fixture('wp-posts.json');
  }
  const match = /^\/api\/articles\/([^/]+)$/.exec(path);
  if (match) {
    const key = decodeURIComponent(match[1]!);
    const { articles } = fixture('articles.json') as { articles: Array<{ id: string; slug?: string }> };
    return articles.find((article) => article.id === key || article.slug === key);
  }
  const post = /^\/api\/wp\/v2\/posts\/(\d+)$/.exec(path);
  if (post) return (fixture('wp-posts.json') as Array<{ id: number }>).find((item) => item.id === Number(post[1]));
  return undefined;
}

/** Answers one POST /api/callbacks; returns the status sent (0: the connection was dropped). */
async function receiveCallback(req: IncomingMessage, res: ServerResponse, scenario: Scenario): Promise<number> {
  const idempotencyKey = req.headers['idempotency-key']?.toString() ?? null;
  const answer = (status: number, body: unknown, headers?: Record<string, string>): number => {
    sendJson(res, status, body, headers);
    return status;
  };
  if (scenario === 'slow') await sleep(2500);
  if (scenario === 'offline') {
    const since = offlineSince.get(idempotencyKey ?? '') ?? Date.now();
    offlineSince.set(idempotencyKey ?? '', since);
    if (Date.now() - since < OFFLINE_FOR) {
      res.statusCode = 204; // for the test runner's log, which would report a 404; the client gets nothing
      req.socket.destroy();
      return 0;
    }
  }
  if (scenario === 'error') return answer(500, { message: 'Internal Server Error' });
  if (scenario === '429') return answer(429, { message: 'Too Many Requests' }, { 'Retry-After': '120' });
  if (scenario === 'flaky') {
    const count = (flakyAttempts.get(idempotencyKey ?? '') ?? 0) + 1;
    flakyAttempts.set(idempotencyKey ?? '', count);
    if (count <= 2) return answer(503, { message: 'Service Unavailable' });
  }
  let json: unknown;
  try {
    json = JSON.parse(await readBody(req));
  } catch {
    return answer(400, { errors: { form: 'Invalid JSON body' } });
  }
  if (scenario === '422') {
    return answer(422, { errors: { email: 'Cette adresse a déjà demandé un rappel aujourd’hui\u00a0: nous vous appelons bientôt.' } });
  }
  const result = callbackRequestSchema.safeParse(json);
  if (!result.success) {
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
    return answer(422, { errors });
  }
  if (!idempotencyKey || !received.some((entry) => entry.idempotencyKey === idempotencyKey)) {
    received.unshift({ receivedAt: new Date().toISOString(), idempotencyKey, body: result.data });
    received.length = Math.min(received.length, KEEP);
  }
  return answer(201, { ok: true });
}
