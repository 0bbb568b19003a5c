/**
 * Used by scripts/check-package.mjs: the markup @lit-labs/ssr rendered (tests/package/ssr.mjs)
 * served as a page with a bundle of `campus-widgets/define`, opened in headless Chromium. The
 * elements must take over the server's shadow roots — render over them, without an error or a
 * second copy of their content — and then load their data from the page's API. (Not lit's
 * hydrate support: the server cannot render what the client will, see CampusElement.createRenderRoot.)
 * Returns `[what, ok, detail]` rows; none (and a note) without a browser.
 */
// The callbacks given to `tab.evaluate` run in the page.
/* global document */
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';

const api = {
  '/api/open-days': { events: [{ id: 'jpo', title: 'Journée Portes Ouvertes', startsAt: '2030-11-16T10:00:00+01:00', registration: { url: 'https://example.org/jpo', label: 'Inscrivez-vous' } }] },
  '/api/articles': { articles: [{ id: 'a1', title: 'Machine learning', url: 'https://example.org/a1', publishedAt: '2020-07-28T10:00:00+02:00' }] },
};

export async function checkServerRenderedPage({ app, rendered }) {
  const chrome = findChrome();
  if (!chrome) return [['server-rendered page in Chromium (skipped: no Chrome/Chromium; set CHROME_PATH)', true]];
  writeFileSync(join(app, 'hydrate.js'), "import 'campus-widgets/define';\n");
  const bundle = await esbuild.build({ entryPoints: [join(app, 'hydrate.js')], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title></head><body>
${Object.values(rendered).join('\n')}
<script type="module" src="/app.js"></script></body></html>`;
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const [type, body] = path === '/' ? ['text/html', page] : path === '/app.js' ? ['text/javascript', bundle.outputFiles[0].text]
      : api[path] ? ['application/json', JSON.stringify(api[path])] : ['text/plain', ''];
    response.writeHead(body ? 200 : 404, { 'content-type': `${type}; charset=utf-8` }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: chrome, args: chromeArgs, headless: true });
  const rows = [];
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(() => ['event-banner', 'article-card'].every((tag) => document.querySelector(tag)?.getAttribute('state') === 'ready'), { timeout: 10000 })
      .catch(() => errors.push('the banner and the card did not reach state "ready"'));
    const seen = await tab.evaluate(() => {
      const count = (tag, selector) => document.querySelector(tag).shadowRoot.querySelectorAll(selector).length;
      return {
        banner: count('event-banner', '[part~="title"]'),
        bannerText: document.querySelector('event-banner').shadowRoot.textContent,
        forms: count('callback-form', 'form'),
        options: [...document.querySelector('callback-form').shadowRoot.querySelectorAll('option')].map((option) => option.value),
        card: count('article-card', '[part~="title"]'),
        // The server's markup starts with a <style> (the browser adopts style sheets instead):
        // one left in a shadow root means the element rendered beside the server's markup.
        leftovers: ['event-banner', 'callback-form', 'article-card'].filter((tag) => count(tag, 'style') > 0),
      };
    });
    rows.push(['server-rendered page in Chromium: no error in the page', !errors.length, errors.join('; ')]);
    rows.push(['server-rendered page in Chromium: each element replaced the server markup', !seen.leftovers.length, seen.leftovers.join(', ')]);
    rows.push(['server-rendered page in Chromium: the banner shows the event once', seen.banner === 1 && seen.bannerText.includes('Journée Portes Ouvertes'), JSON.stringify(seen.banner)]);
    rows.push(['server-rendered page in Chromium: the form has one form and its programme option', seen.forms === 1 && seen.options.includes('big-data-ia'), JSON.stringify({ forms: seen.forms, options: seen.options })]);
    rows.push(['server-rendered page in Chromium: the card shows the article once', seen.card === 1, String(seen.card)]);
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
