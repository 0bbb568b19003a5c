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
 * 422 (field errors), 429 (Retry-After: 120), flaky (POST: 503 twice per idempotency key, then OK).
 */

const fixtures = resolve(import.meta.dirname, 'fixtures');
const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve(fixtures, name), 'utf8'));

interface ReceivedCallback {
  receivedAt: string;
  idempotencyKey: string | null;
  body: CallbackRequest;
}

/** What POST /api/callbacks accepted, newest first; duplicates by idempotency key are not kept twice. */
const received: ReceivedCallback[] = [];
const flakyAttempts = new Map<string, number>();

type Scenario = 'slow' | 'error' | 'invalid' | 'empty' | '422' | '429' | 'flaky' | null;

export async function handleDemoApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://demo.local');
  if (!url.pathname.startsWith('/api/')) return false;
  const scenario = url.searchParams.get('scenario') as Scenario;
  const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;

  if (scenario === 'slow') await sleep(2500);
  if (scenario === 'error') {
    sendJson(res, 500, { message: 'Internal Server Error' });
    return true;
  }

  if (route === 'POST /api/callbacks') {
    await receiveCallback(req, res, scenario);
    return true;
  }
  if (route === 'GET /api/callbacks') {
    sendJson(res, 200, { callbacks: received });
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

async function receiveCallback(req: IncomingMessage, res: ServerResponse, scenario: Scenario): Promise<void> {
  const idempotencyKey = req.headers['idempotency-key']?.toString() ?? null;
  if (scenario === '429') {
    sendJson(res, 429, { message: 'Too Many Requests' }, { 'Retry-After': '120' });
    return;
  }
  if (scenario === 'flaky') {
    const attempts = (flakyAttempts.get(idempotencyKey ?? '') ?? 0) + 1;
    flakyAttempts.set(idempotencyKey ?? '', attempts);
    if (attempts <= 2) {
      sendJson(res, 503, { message: 'Service Unavailable' });
      return;
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(await readBody(req));
  } catch {
    sendJson(res, 400, { errors: { form: 'Invalid JSON body' } });
    return;
  }
  if (scenario === '422') {
    sendJson(res, 422, { errors: { email: 'Cette adresse est déjà inscrite pour un rappel aujourd’hui.' } });
    return;
  }
  const result = callbackRequestSchema.safeParse(json);
  if (!result.success) {
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
    sendJson(res, 422, { errors });
    return;
  }
  if (!idempotencyKey || !received.some((entry) => entry.idempotencyKey === idempotencyKey)) {
    received.unshift({ receivedAt: new Date().toISOString(), idempotencyKey, body: result.data });
    received.length = Math.min(received.length, 50);
  }
  sendJson(res, 201, { ok: true });
}
