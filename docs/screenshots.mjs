/**
 * Takes the demo page's screenshots in docs/ (wide and narrow), and prints the page's console
 * messages. Needs `npm start` (or `npx vite --port N`) running:
 *   node docs/screenshots.mjs [http://localhost:5173/demo/]
 */
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/find-chrome.mjs';

const url = process.argv[2] ?? 'http://localhost:5173/demo/';
const shots = [
  { file: 'docs/demo-wide.png', width: 1280, height: 900 },
  { file: 'docs/demo-narrow.png', width: 360, height: 780 },
];
/** Long enough for the form that retries for ~15 s before it queues. */
const settle = Number(process.env.SETTLE_MS ?? 20000);

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
    page.on('console', (message) => console.log(`[${shot.width}px ${message.type()}] ${message.text()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) console.log(`[${shot.width}px http ${response.status()}] ${response.url()}`);
    });
    page.on('pageerror', (error) => console.log(`[${shot.width}px pageerror] ${error.message}`));
    await page.goto(url, { waitUntil: 'load' });
    // Scroll through the page so the forms the demo sends (when they come into view) run.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += shot.height / 2) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await new Promise((resolve) => setTimeout(resolve, settle));
    await page.evaluate(() => window.scrollTo(0, 0));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: shot.file, fullPage: true });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
}
