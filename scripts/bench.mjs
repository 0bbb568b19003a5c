/**
 * `npm run bench`: what visitors feel, measured on the built files in headless Chromium, CPU
 * unthrottled and throttled 4× (a mid-range phone). Medians of fresh loads (a new browser context
 * each: no cache, no warm JIT). Prints tables and writes `bench/results.json`.
 *
 * - School page (one banner, one form, three cards), as the library renders it with and without
 *   `dist/campus-widgets.css`, against the same content as static HTML and as a plain-DOM script:
 *   time to ready (every element out of `loading`), main-thread and script time from a Chrome
 *   trace (navigation → ready + 2 s), longest task, CLS (every layout shift until ready + 2 s),
 *   JS bytes transferred (gzip), at 1280 px; CLS alone at 360 and 768 px.
 * - Ticking: main-thread ms per second over 10 s of trace, a banner against
 *   `<relative-time format="duration" precision="second">`, a plain `setTimeout` ticker and an idle page.
 * - Scale: 1, 100 and 1000 cards on one endpoint; 100 cards and 1 card over 10,000 articles.
 * - 1000 add/remove cycles of a banner, a card and a form: listeners on window and document,
 *   pending timers, live elements and heap after GC, before and after.
 * - Lighthouse (mobile preset, its own simulated throttling) on the school pages.
 *
 * Options: `--dist <dir>` measures another build (e.g. the base commit's); `--loads <n>` (default 7);
 * `--out <file>` (default bench/results.json); `--only <section,…>` (school,tick,scale,cycles,lighthouse).
 * School page only:
 * - `--interleave`: load the pages in rounds (one load of each page per round, the order rotating)
 *   instead of all loads of one page then the next, so a machine that gets busier or quieter during
 *   the run weighs on every page alike. Prints the spread of script time (min, quartiles, max) and
 *   the ratio of each page's script time to the plain-DOM page's loaded in the same round (median).
 * - `--compare <dir>`: also loads the page with `campus-widgets.css` from another build, served at
 *   `/compare-dist/`, in the same run (best with `--interleave`): an A/B of two builds on the same
 *   machine state, rather than two runs minutes apart.
 * - `--pages <name,…>` (campus,campus-css,static,plain; default all) and `--rates <n,…>` (default
 *   1,4). CLS at 360 and 768 px is measured at 1× only, so it is skipped when the rates leave out 1.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { startServer } from '../bench/server.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist') },
    loads: { type: 'string', default: '7' },
    out: { type: 'string', default: join(root, 'bench/results.json') },
    only: { type: 'string', default: 'school,tick,scale,cycles,lighthouse' },
    interleave: { type: 'boolean', default: false },
    compare: { type: 'string' },
    pages: { type: 'string', default: 'campus,campus-css,static,plain' },
    rates: { type: 'string', default: '1,4' },
  },
});
const LOADS = Number(options.loads);
const sections = new Set(options.only.split(','));

const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chrome or Chromium found: install one (Debian: `apt-get install -y chromium`) or set CHROME_PATH.');
  process.exit(1);
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing', 'loading'];
/** Trace events that are the page's JavaScript (compile, evaluate, callbacks), as DevTools counts "Scripting". */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'EventDispatch', 'V8.Execute', 'ParseHTML:script']);

const median = (values) => {
  const sorted = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
};
const max = (values) => Math.max(...values);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Layout shifts (without recent input) and long tasks, collected from the first byte. */
function observeInPage() {
  window.benchCls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.benchCls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  if (location.pathname !== '/page/cycles') return;
  // Pending timers and frames, for the add/remove cycles.
  const pending = (window.benchPending = new Set());
  const wrap = (set, clear, kind) => {
    const originalSet = window[set];
    const originalClear = window[clear];
    window[set] = function (callback, ...rest) {
      const id = originalSet.call(this, typeof callback === 'function' && kind !== 'interval' ? (...args) => (pending.delete(`${kind}${id}`), callback(...args)) : callback, ...rest);
      pending.add(`${kind}${id}`);
      return id;
    };
    window[clear] = function (id) {
      pending.delete(`${kind}${id}`);
      return originalClear.call(this, id);
    };
  };
  wrap('setTimeout', 'clearTimeout', 'timeout');
  wrap('setInterval', 'clearInterval', 'interval');
  wrap('requestAnimationFrame', 'cancelAnimationFrame', 'frame');
}

/** A fresh context and page, CPU throttled `rate`×, observed from the first byte. */
async function freshPage(browser, { rate = 1, width = 1280, height = 900 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluateOnNewDocument(observeInPage);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return { page, cdp, close: () => context.close() };
}

/** `page.tracing.stop()` gives bytes. */
const traceEvents = (buffer) => JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;

/** Resolves when the page has marked `bench-ready`: one call that awaits an event, not polling, which would show in the trace. */
const untilReady = (page) =>
  page.evaluate(() => window.benchReady || new Promise((resolve) => addEventListener('bench-ready', resolve, { once: true })));

/** Main-thread time, script time and longest task of the renderer that marked `mark`, between two trace instants. */
function analyzeTrace(buffer, { mark, from, to }) {
  const events = traceEvents(buffer);
  const marked = events.filter((event) => event.name === mark && event.cat.includes('blink.user_timing')).at(-1);
  if (!marked) throw new Error(`no ${mark} mark in the trace`);
  const { pid, tid } = marked;
  const onThread = events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined);
  const start = typeof from === 'function' ? from(events, marked) : from;
  const end = typeof to === 'function' ? to(events, marked) : to;
  const clip = ({ ts, dur }) => Math.max(0, Math.min(ts + dur, end) - Math.max(ts, start));
  const tasks = onThread.filter((event) => event.name === 'RunTask' && event.ts + event.dur > start && event.ts < end);
  // Script events nest (a FunctionCall inside an EventDispatch): count their union once.
  const intervals = onThread
    .filter((event) => SCRIPT_EVENTS.has(event.name))
    .map(({ ts, dur }) => [Math.max(ts, start), Math.min(ts + dur, end)])
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let script = 0;
  let reach = -Infinity;
  for (const [a, b] of intervals) {
    if (b <= reach) continue;
    script += b - Math.max(a, reach);
    reach = b;
  }
  // The same events' thread time (`tdur`: CPU the main thread spent, not wall time): the outermost
  // ones that start in the window. Time the thread waited for a core another process held does not
  // count, so it varies less on a busy machine; throttling pauses the thread, so it is about the
  // same at 1× and 4×.
  let scriptCpu = 0;
  reach = -Infinity;
  for (const event of onThread.filter((e) => SCRIPT_EVENTS.has(e.name) && e.ts >= start && e.ts < end).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (event.ts < reach) continue;
    scriptCpu += event.tdur ?? 0;
    reach = event.ts + event.dur;
  }
  return {
    mainThread: tasks.reduce((sum, task) => sum + clip(task), 0) / 1000,
    script: script / 1000,
    scriptCpu: scriptCpu / 1000,
    longestTask: tasks.length ? max(tasks.map((task) => task.dur)) / 1000 : 0,
    markTs: marked.ts,
  };
}

/** The navigation start of the bench page that marked `marked` (other documents, about:blank, have no URL). */
const navigationStart = (events, marked) =>
  events.filter((event) => event.name === 'navigationStart' && event.pid === marked.pid && event.ts <= marked.ts && event.args?.data?.documentLoaderURL?.includes('/page/')).at(-1)?.ts ?? marked.ts;

/** One fresh load of `/page/<name>`: ready, trace figures, CLS, JS bytes. */
async function loadOnce(browser, origin, name, { rate, width, trace = true }) {
  const { page, close } = await freshPage(browser, { rate, width });
  try {
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(`${origin}/page/${name}`, { waitUntil: 'domcontentloaded' });
    await untilReady(page);
    await sleep(2000);
    const inPage = await page.evaluate(() => ({
      ready: window.benchReady,
      cls: window.benchCls,
      jsBytes: performance
        .getEntriesByType('resource')
        .filter((entry) => /\.m?js(\?|$)/.test(entry.name))
        .reduce((sum, entry) => sum + entry.transferSize, 0),
    }));
    if (!trace) return inPage;
    const buffer = await page.tracing.stop();
    const figures = analyzeTrace(buffer, { mark: 'bench-ready', from: navigationStart, to: (_, marked) => marked.ts + 2_000_000 });
    return { ...inPage, ...figures };
  } finally {
    await close();
  }
}

const SCHOOL = [
  ['campus', 'campus-widgets.js'],
  ['campus-css', 'same + campus-widgets.css'],
  ['campus-css-compare', 'same, --compare build'],
  ['static', 'static HTML'],
  ['plain', 'plain-DOM script'],
];
const RATES = options.rates.split(',').map(Number);
const SCHOOL_PAGES = new Set(options.pages.split(','));
if (options.compare) SCHOOL_PAGES.add('campus-css-compare');

/** `q` quantile (0–1) of `values`, nearest rank. */
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round(q * (sorted.length - 1))];
};

async function school(browser, origin, available) {
  const pages = SCHOOL.filter(([name]) => available(name) && SCHOOL_PAGES.has(name));
  const rows = [];
  for (const rate of RATES) {
    /** Loads per page name, in the order they were made; with --interleave, `loads[name][i]` were made in round i. */
    const loadsOf = Object.fromEntries(pages.map(([name]) => [name, []]));
    if (options.interleave) {
      for (let round = 0; round < LOADS; round++) {
        for (let k = 0; k < pages.length; k++) {
          const [name] = pages[(round + k) % pages.length];
          loadsOf[name].push(await loadOnce(browser, origin, name, { rate, width: 1280 }));
        }
      }
    } else {
      for (const [name] of pages) for (let i = 0; i < LOADS; i++) loadsOf[name].push(await loadOnce(browser, origin, name, { rate, width: 1280 }));
    }
    for (const [name, label] of pages) {
      const loads = loadsOf[name];
      const pick = (key) => median(loads.map((load) => load[key]));
      const scripts = loads.map((load) => load.script);
      const plain = loadsOf.plain;
      const compared = loadsOf['campus-css-compare'];
      rows.push({
        page: label, cpu: `${rate}×`, ready: pick('ready'), script: pick('script'), mainThread: pick('mainThread'),
        longestTask: pick('longestTask'), clsMedian: pick('cls'), clsMax: max(loads.map((load) => load.cls)),
        loadsOver001: loads.filter((load) => load.cls > 0.01).length, loads: loads.length, jsBytes: pick('jsBytes'),
        scriptSpread: [0, 0.25, 0.5, 0.75, 1].map((q) => quantile(scripts, q)),
        // Paired with the plain-DOM load of the same round: the machine's state cancels out.
        scriptRatioToPlain: options.interleave && plain ? median(loads.map((load, i) => load.script / plain[i].script)) : undefined,
        scriptRatioToCompare: options.interleave && compared ? median(loads.map((load, i) => load.script / compared[i].script)) : undefined,
        scriptCpu: pick('scriptCpu'),
        scriptCpuSpread: [0, 0.25, 0.5, 0.75, 1].map((q) => quantile(loads.map((load) => load.scriptCpu), q)),
        scriptLoads: scripts.map((ms) => Math.round(ms)),
      });
    }
  }
  // CLS depends on the viewport: the reserved boxes are set per width.
  const narrow = [];
  for (const width of RATES.includes(1) ? [360, 768] : []) {
    for (const [name, label] of pages) {
      const loads = [];
      for (let i = 0; i < Math.max(3, Math.ceil(LOADS / 2)); i++) loads.push(await loadOnce(browser, origin, name, { rate: 1, width, trace: false }));
      narrow.push({ page: label, width, clsMedian: median(loads.map((load) => load.cls)), clsMax: max(loads.map((load) => load.cls)), loadsOver001: loads.filter((load) => load.cls > 0.01).length, loads: loads.length });
    }
  }
  return { rows, narrow };
}

const TICKERS = [
  ['tick-campus', '<event-banner>'],
  ['tick-relative-time', '<relative-time format="duration">'],
  ['tick-plain', 'plain setTimeout ticker'],
  ['tick-idle', 'idle page'],
];

/** Main-thread ms per second while the page only ticks: 10 s of trace after it settled. */
async function ticking(browser, origin) {
  const rows = [];
  for (const rate of [1, 4]) {
    for (const [name, label] of TICKERS) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const { page, close } = await freshPage(browser, { rate });
        try {
          await page.goto(`${origin}/page/${name}`, { waitUntil: 'domcontentloaded' });
          await untilReady(page);
          await sleep(2000);
          const clsBefore = await page.evaluate(() => window.benchCls);
          await page.tracing.start({ categories: TRACE_CATEGORIES });
          await page.evaluate(() => performance.mark('bench-tick'));
          await sleep(10_000);
          await page.evaluate(() => performance.mark('bench-tick-end'));
          const buffer = await page.tracing.stop();
          const events = traceEvents(buffer);
          const endTs = events.find((event) => event.name === 'bench-tick-end')?.ts;
          const figures = analyzeTrace(buffer, { mark: 'bench-tick', from: (_, marked) => marked.ts, to: () => endTs });
          const seconds = (endTs - figures.markTs) / 1e6;
          runs.push({ mainThread: figures.mainThread / seconds, script: figures.script / seconds, cls: (await page.evaluate(() => window.benchCls)) - clsBefore });
        } finally {
          await close();
        }
      }
      rows.push({ page: label, cpu: `${rate}×`, mainThreadPerSecond: median(runs.map((run) => run.mainThread)), scriptPerSecond: median(runs.map((run) => run.script)), runs: runs.map((run) => +run.mainThread.toFixed(2)), cls: max(runs.map((run) => run.cls)) });
    }
  }
  return rows;
}

const MANY = `items=10000&endpoint=${encodeURIComponent('/bench-api/articles?count=10000')}`;
const SCALES = [
  ['1 card', 'n=1'],
  ['100 cards, one endpoint', 'n=100'],
  ['1000 cards, one endpoint', 'n=1000'],
  ['1 card of 10,000 articles', `n=1&${MANY}`],
  ['100 cards of 10,000 articles', `n=100&${MANY}`],
];

async function scale(browser, origin) {
  const rows = [];
  for (const rate of [1, 4]) {
    for (const [label, query] of SCALES) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const { page, close } = await freshPage(browser, { rate });
        try {
          await page.tracing.start({ categories: TRACE_CATEGORIES });
          await page.goto(`${origin}/page/scale?${query}`);
          await untilReady(page);
          const { toReady, states } = await page.evaluate(() => ({ toReady: window.benchScale, states: window.benchStates }));
          const buffer = await page.tracing.stop();
          const figures = analyzeTrace(buffer, { mark: 'bench-ready', from: (events, marked) => events.find((event) => event.name === 'bench-start' && event.pid === marked.pid)?.ts ?? marked.ts, to: (_, marked) => marked.ts });
          runs.push({ toReady, states, ...figures });
        } finally {
          await close();
        }
      }
      rows.push({
        case: label, cpu: `${rate}×`, toReady: median(runs.map((run) => run.toReady)), script: median(runs.map((run) => run.script)),
        longestTask: median(runs.map((run) => run.longestTask)), states: runs.map((run) => Object.entries(run.states).map(([state, count]) => `${count} ${state}`).join(' + ')).join('; '),
      });
    }
  }
  return rows;
}

/** Listeners on window and document, pending timers, live elements and heap, after a full GC. */
async function census(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(200);
  await cdp.send('HeapProfiler.collectGarbage');
  const listeners = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    listeners[target] = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  const elements = {};
  for (const tag of ['event-banner', 'article-card', 'callback-form']) {
    const prototype = await page.evaluateHandle((name) => customElements.get(name).prototype, tag);
    const instances = await page.queryObjects(prototype);
    elements[tag] = await page.evaluate((list) => list.length, instances);
    await Promise.all([prototype.dispose(), instances.dispose()]);
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const timers = await page.evaluate(() => [...window.benchPending]);
  return { listeners, timers: timers.length, timerKinds: timers.map((id) => id.replace(/\d+$/, '')), elements, heapKB: Math.round(usedSize / 1024) };
}

async function cycles(browser, origin) {
  const { page, cdp, close } = await freshPage(browser, { rate: 1 });
  try {
    await page.goto(`${origin}/page/cycles`);
    await untilReady(page);
    await page.evaluate(() => window.runCycles(3));
    await sleep(500);
    const before = await census(page, cdp);
    const start = Date.now();
    await page.evaluate(() => window.runCycles(1000));
    const ms = Date.now() - start;
    await sleep(1000);
    const after = await census(page, cdp);
    return { cycles: 1000, ms, before, after };
  } finally {
    await close();
  }
}

/** One Lighthouse run (its CLI, mobile preset) on `/page/<name>`: category scores and key audits. */
function lighthouseOnce(url) {
  const output = join(mkdtempSync(join(tmpdir(), 'bench-lh-')), 'report.json');
  const cli = join(root, 'node_modules/lighthouse/cli/index.js');
  const args = [cli, url, '--output=json', `--output-path=${output}`, '--only-categories=performance,accessibility,best-practices', '--quiet',
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run`];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: executablePath }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => {
      if (code) return fail(new Error(`lighthouse exited ${code}: ${stderr.slice(-500)}`));
      const report = JSON.parse(readFileSync(output, 'utf8'));
      const score = (id) => Math.round(report.categories[id].score * 100);
      const audit = (id) => report.audits[id]?.numericValue;
      done({
        performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
        cls: audit('cumulative-layout-shift'), tbt: audit('total-blocking-time'), lcp: audit('largest-contentful-paint'),
        failing: Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices'].some((c) => report.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))).map((a) => a.id),
      });
    });
  });
}

async function lighthouse(origin, available) {
  const rows = [];
  for (const [name, label] of SCHOOL) {
    if (!available(name)) continue;
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await lighthouseOnce(`${origin}/page/${name}`));
    const byPerformance = runs.sort((a, b) => a.performance - b.performance)[1];
    rows.push({ page: label, ...byPerformance, performanceRuns: runs.map((run) => run.performance) });
  }
  return rows;
}

const format = (value, digits = 0) => (value === undefined ? '—' : typeof value === 'number' ? value.toFixed(digits) : String(value));
function table(title, columns, rows) {
  const header = columns.map(([name]) => name);
  const body = rows.map((row) => columns.map(([, pick]) => pick(row)));
  const widths = header.map((name, i) => Math.max(name.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${body.map(line).join('\n')}`);
}

const server = await startServer({ distDir: resolve(options.dist), compareDir: options.compare && resolve(options.compare) });
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs, protocolTimeout: 600_000 });
const cssBuilt = (() => {
  try {
    return readFileSync(join(resolve(options.dist), 'campus-widgets.css')).length > 0;
  } catch {
    return false;
  }
})();
const available = (name) => (name !== 'campus-css' || cssBuilt) && (name !== 'campus-css-compare' || Boolean(options.compare));
const results = { date: new Date().toISOString(), dist: options.dist, compare: options.compare, interleave: options.interleave, loads: LOADS, chromium: await browser.version() };
/** Runs one section; a failure is reported and recorded, and the other sections still run. */
async function section(name, key, run) {
  if (!sections.has(name)) return;
  const started = Date.now();
  console.error(`bench: ${name}…`);
  try {
    results[key] = await run();
    console.error(`bench: ${name} done in ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    console.error(`bench ${name} failed:`, error.message.slice(0, 500));
    results.errors = { ...results.errors, [name]: error.message.slice(0, 500) };
  }
}
try {
  await section('school', 'school', () => school(browser, server.origin, available));
  await section('tick', 'ticking', () => ticking(browser, server.origin));
  await section('scale', 'scale', () => scale(browser, server.origin));
  await section('cycles', 'cycles', () => cycles(browser, server.origin));
} finally {
  await browser.close();
}
try {
  await section('lighthouse', 'lighthouse', () => lighthouse(server.origin, available));
} finally {
  await server.close();
}
writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);

console.log(`campus-widgets bench — ${results.chromium}, ${LOADS} fresh loads per cell, medians (ms unless said)`);
if (results.school) {
  table('School page at 1280 px (navigation → ready + 2 s)', [
    ['page', (r) => r.page], ['CPU', (r) => r.cpu], ['ready', (r) => format(r.ready)], ['script', (r) => format(r.script)],
    ['main thread', (r) => format(r.mainThread)], ['longest task', (r) => format(r.longestTask)],
    ['CLS median / max', (r) => `${format(r.clsMedian, 3)} / ${format(r.clsMax, 3)}`], ['loads CLS > 0.01', (r) => `${r.loadsOver001}/${r.loads}`],
    ['JS bytes (gzip)', (r) => format(r.jsBytes)],
  ], results.school.rows);
  table('School page script time spread (ms; ratios: median of each load over the load of its round, --interleave only; CPU: thread time)', [
    ['page', (r) => r.page], ['CPU', (r) => r.cpu], ['script min / p25 / median / p75 / max', (r) => r.scriptSpread.map((ms) => format(ms)).join(' / ')],
    ['× plain-DOM', (r) => format(r.scriptRatioToPlain, 2)], ['× compare', (r) => format(r.scriptRatioToCompare, 2)],
    ['script CPU min / p25 / median / p75 / max', (r) => r.scriptCpuSpread.map((ms) => format(ms)).join(' / ')],
  ], results.school.rows);
  if (results.school.narrow.length) table('School page CLS at narrower viewports (1×)', [
    ['page', (r) => r.page], ['width', (r) => `${r.width} px`], ['CLS median / max', (r) => `${format(r.clsMedian, 3)} / ${format(r.clsMax, 3)}`], ['loads CLS > 0.01', (r) => `${r.loadsOver001}/${r.loads}`],
  ], results.school.narrow);
}
if (results.ticking) {
  table('Ticking: main-thread ms per second over 10 s (median of 3 runs)', [
    ['page', (r) => r.page], ['CPU', (r) => r.cpu], ['main thread ms/s', (r) => format(r.mainThreadPerSecond, 2)], ['script ms/s', (r) => format(r.scriptPerSecond, 2)],
    ['runs', (r) => r.runs.join(', ')], ['CLS', (r) => format(r.cls, 3)],
  ], results.ticking);
}
if (results.scale) {
  table('Scale: insertion → every card ready (median of 3 fresh loads)', [
    ['case', (r) => r.case], ['CPU', (r) => r.cpu], ['to settled', (r) => format(r.toReady)], ['script', (r) => format(r.script)], ['longest task', (r) => format(r.longestTask)],
    ['states (per load)', (r) => r.states],
  ], results.scale);
}
if (results.cycles) {
  const { before, after, ms } = results.cycles;
  table(`1000 add/remove cycles (banner + card + form, each rendered with data), ${format(ms)} ms; after GC`, [
    ['', (r) => r.when], ['window listeners', (r) => `${r.listeners.window}`], ['document listeners', (r) => `${r.listeners.document}`],
    ['pending timers', (r) => `${r.timers}${r.timers ? ` (${[...new Set(r.timerKinds)].join(', ')})` : ''}`],
    ['live banner/card/form', (r) => `${r.elements['event-banner']}/${r.elements['article-card']}/${r.elements['callback-form']}`], ['heap KB', (r) => format(r.heapKB)],
  ], [{ when: 'before', ...before }, { when: 'after', ...after }]);
}
if (results.lighthouse) {
  table('Lighthouse 12 (mobile preset, simulated throttling; median performance of 3 runs)', [
    ['page', (r) => r.page], ['performance', (r) => `${r.performance} (${r.performanceRuns.join(', ')})`], ['accessibility', (r) => `${r.accessibility}`],
    ['best practices', (r) => `${r.bestPractices}`], ['CLS', (r) => format(r.cls, 3)], ['TBT', (r) => format(r.tbt)], ['LCP', (r) => format(r.lcp)],
    ['failing a11y/BP audits', (r) => r.failing.join(', ') || '—'],
  ], results.lighthouse);
}
console.log(`\nWritten to ${options.out}`);
if (results.errors) process.exitCode = 1;
