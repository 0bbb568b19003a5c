/**
 * Takes the demo page's screenshots for the README (docs/demo-wide.png, docs/demo-narrow.png) and
 * prints what the page logs. Needs the dev server: `npm start`, then
 *   node docs/screenshots.mjs [http://localhost:5173/demo/]
 * FULL=1 takes the whole page instead of its first screens.
 */
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/find-chrome.mjs';

const url = new URL(process.argv[2] ?? 'http://localhost:5173/demo/');
url.searchParams.set('background', 'light');
const shots = [
  { file: 'docs/demo-wide.png', width: 1280, height: 1500 },
  { file: 'docs/demo-narrow.png', width: 360, height: 1500 },
];
/** The slow scenario answers after 2.5 s. */
const settle = Number(process.env.SETTLE_MS ?? 4000);

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
    page.on('console', (message) => console.log(`[${shot.width}px ${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => console.log(`[${shot.width}px pageerror] ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) console.log(`[${shot.width}px http ${response.status()}] ${response.url()}`);
    });
    await page.goto(url.href, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, settle));
    await page.screenshot({ path: shot.file, fullPage: process.env.FULL === '1' });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
}
