/**
 * `npm run bench`: speed, measured rather than asserted. Serves bench/ with the demo API (vite),
 * runs it in headless Chromium, and prints each measure beside its plain-DOM baseline from the
 * same run (medians, ms). Figures vary by machine; compare the two columns, not runs.
 */
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chrome or Chromium found: install one (Debian: `apt-get install -y chromium`) or set CHROME_PATH.');
  process.exit(1);
}

const server = await createServer({ logLevel: 'error', server: { port: 0, open: false } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://localhost:${port}/bench/index.html`);
  // eslint-disable-next-line no-undef -- runs in the page
  await page.waitForFunction(() => window.benchResults, { timeout: 120000 });
  // eslint-disable-next-line no-undef -- runs in the page
  const results = await page.evaluate(() => window.benchResults);
  console.log('measure (median ms)                              campus-widgets   baseline   ratio');
  for (const { name, campus, baseline } of results) {
    console.log(`${name.padEnd(49)}${campus.toFixed(1).padStart(14)}${baseline.toFixed(1).padStart(11)}${(campus / baseline).toFixed(1).padStart(7)}×`);
  }
} finally {
  await browser.close();
  await server.close();
}
