/**
 * `node scripts/bench-reading.mjs [dist-dir]` (after `npm run build`): what large payloads cost, measured
 * in headless Chromium on the built bundle (`dist/` by default; give another build's `dist` to
 * compare before and after a change).
 *
 * - 10,000 articles read by 10 cards (index 0–9) on one endpoint, in our own shape and as
 *   WordPress posts with `_embed` (the real French captures, repeated): from insertion until
 *   every card shows its article. The JSON body is fetched and parsed by the browser in both.
 * - 1,000 events in one banner: the time of one tick (an update of the countdown).
 *
 * Medians in milliseconds. Figures vary by machine: compare two builds on one machine, in one run.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chrome or Chromium found: install one (Debian: `apt-get install -y chromium`) or set CHROME_PATH.');
  process.exit(1);
}

const ARTICLES = 10_000;
const EVENTS = 1_000;

const realPosts = JSON.parse(readFileSync(new URL('../tests/fixtures/real/wordpress-6.1-fr/posts-embed.json', import.meta.url), 'utf8'));
const wordpress = Array.from({ length: ARTICLES }, (_, index) => ({ ...realPosts[index % realPosts.length], id: index + 1 }));
const native = {
  articles: Array.from({ length: ARTICLES }, (_, index) => ({
    id: `a-${index}`,
    title: `Ingénieur en Machine Learning, épisode ${index}`,
    url: `https://ecole.example/actualites/${index}`,
    publishedAt: '2020-07-28T12:00:00+02:00',
    excerpt: 'Le métier le mieux classé de 2019 : missions, compétences et formations.',
    tags: ['machine-learning', 'ia'],
    image: { src: `/images/${index}.jpg`, alt: '', width: 1600, height: 900 },
  })),
};
const events = {
  events: Array.from({ length: EVENTS }, (_, index) => ({
    id: `jpo-${index}`,
    title: `Journée Portes Ouvertes ${index}`,
    startsAt: new Date(Date.UTC(2040, 0, 1 + index, 9)).toISOString(),
    endsAt: new Date(Date.UTC(2040, 0, 1 + index, 16)).toISOString(),
    timeZone: 'Europe/Paris',
  })),
};
const bodies = {
  '/native.json': JSON.stringify(native),
  '/wordpress.json': JSON.stringify(wordpress),
  '/events.json': JSON.stringify(events),
};

const page = `<!doctype html><html lang="fr"><meta charset="utf-8"><body><div id="stage"></div><script type="module">
await import('/dist/campus-widgets.js');
const stage = document.getElementById('stage');
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const settled = (elements) => new Promise((resolve) => {
  const check = () => (elements.every((el) => !['loading', null].includes(el.getAttribute('state'))) ? resolve() : setTimeout(check, 1));
  check();
});
async function cards(path) {
  const times = [];
  for (let run = 0; run < 3; run++) {
    stage.replaceChildren();
    const started = performance.now();
    const elements = Array.from({ length: 10 }, (_, index) => {
      const card = document.createElement('article-card');
      card.setAttribute('endpoint', path + '?run=' + run); // a new response each run
      card.setAttribute('index', String(index));
      card.setAttribute('timeout', '60000'); // 50 MB of WordPress JSON on a busy machine
      return card;
    });
    stage.append(...elements);
    await settled(elements);
    times.push(performance.now() - started);
    if (elements.some((el) => el.getAttribute('state') !== 'ready')) throw new Error(path + ': ' + elements[0].getAttribute('state'));
  }
  return median(times);
}
async function tick() {
  stage.replaceChildren();
  const banner = document.createElement('event-banner');
  banner.setAttribute('endpoint', '/events.json');
  banner.setAttribute('timeout', '60000');
  stage.append(banner);
  await settled([banner]);
  const times = [];
  for (let run = 0; run < 50; run++) {
    const started = performance.now();
    banner.requestUpdate();
    await banner.updateComplete;
    times.push(performance.now() - started);
  }
  return median(times);
}
window.results = {
  native: await cards('/native.json'),
  wordpress: await cards('/wordpress.json'),
  tick: await tick(),
};
</script>`;

const server = createServer((request, response) => {
  const path = request.url.split('?')[0];
  if (path === '/') return response.end(page);
  if (bodies[path]) {
    response.setHeader('Content-Type', 'application/json');
    return response.end(bodies[path]);
  }
  if (path.startsWith('/dist/')) {
    try {
      const file = readFileSync(join(dist, path.slice('/dist/'.length)));
      response.setHeader('Content-Type', extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream');
      return response.end(file);
    } catch {
      // 404 below
    }
  }
  response.statusCode = 404;
  response.end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
// The old reader blocked the page for minutes: give the protocol room.
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs, protocolTimeout: 1_800_000 });
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  // eslint-disable-next-line no-undef -- runs in the page
  await tab.waitForFunction(() => window.results, { timeout: 1_800_000, polling: 1000 });
  // eslint-disable-next-line no-undef -- runs in the page
  const { native: nativeMs, wordpress: wordpressMs, tick } = await tab.evaluate(() => window.results);
  console.log(`build: ${dist}`);
  console.log(`${ARTICLES} articles (own shape) read by 10 cards    ${nativeMs.toFixed(0).padStart(7)} ms`);
  console.log(`${ARTICLES} WordPress posts read by 10 cards       ${wordpressMs.toFixed(0).padStart(7)} ms`);
  console.log(`one tick of a banner with ${EVENTS} events          ${tick.toFixed(1).padStart(7)} ms`);
} finally {
  await browser.close();
  server.close();
}
