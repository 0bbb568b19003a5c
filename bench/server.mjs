/**
 * The bench's HTTP server: the built files (`dist/`, or another build given as `distDir`), the
 * bench's pages and scripts, a second build to compare with (`compareDir`, at `/compare-dist/`), `@github/relative-time-element`, and the demo API (the same handler
 * as `npm start`), plus `/bench-api/articles?count=N` for large payloads. Text is gzipped as a
 * CDN would; nothing is cached, so every load is a fresh one.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { PAGES, renderPage } from './pages.mjs';

const root = resolve(import.meta.dirname, '..');
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.html': 'text/html' };

const { module: demo } = await runnerImport(join(root, 'demo/api/demo-api.ts'));
const { module: demoOpenDays } = await runnerImport(join(root, 'demo/api/open-days.ts'));
const articles = JSON.parse(readFileSync(join(root, 'demo/api/fixtures/articles.json'), 'utf8')).articles;

/** `count` articles, the fixtures repeated under their own ids. */
function manyArticles(count) {
  return {
    articles: Array.from({ length: count }, (_, i) => ({ ...articles[i % articles.length], id: `article-${i}`, slug: `article-${i}`, title: `${articles[i % articles.length].title} (${i})` })),
  };
}

function send(req, res, status, type, body) {
  const headers = { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' };
  if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 256) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(status, { ...headers, 'Content-Length': body.length });
  res.end(body);
}

export async function startServer({ distDir = join(root, 'dist'), compareDir } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://bench.local');
      const path = decodeURIComponent(url.pathname);
      const pageName = /^\/page\/([\w-]+)$/.exec(path)?.[1];
      if (pageName && PAGES.includes(pageName)) {
        const data = { openDays: demoOpenDays.openDays(new Date()), articles };
        return send(req, res, 200, 'text/html', Buffer.from(renderPage(pageName, data)));
      }
      if (path === '/bench-api/articles') return send(req, res, 200, 'application/json', Buffer.from(JSON.stringify(manyArticles(Number(url.searchParams.get('count')) || 1))));
      if (await demo.handleDemoApi(req, res)) return;
      const [base, rest] = path.startsWith('/dist/')
        ? [distDir, path.slice(6)]
        : compareDir && path.startsWith('/compare-dist/')
          ? [compareDir, path.slice(14)]
          : path.startsWith('/bench/') || path.startsWith('/node_modules/@github/relative-time-element/dist/')
          ? [root, path.slice(1)]
          : [];
      const file = base && join(base, normalize(rest));
      if (!file || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
        return send(req, res, 404, 'text/plain', Buffer.from('Not found'));
      }
      send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    } catch (error) {
      send(req, res, 500, 'text/plain', Buffer.from(String(error)));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}
