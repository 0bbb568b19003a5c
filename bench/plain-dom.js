/**
 * The plain-DOM baseline: what a careful developer writes by hand for the school page — fetch
 * the two payloads, write the markup, tick the countdown with one `setTimeout` per second.
 */
import { banner, card, countdown, form } from './markup.js';

const [openDays, { articles }] = await Promise.all(
  ['/api/open-days', '/api/articles'].map((url) => fetch(url, { credentials: 'same-origin' }).then((response) => response.json())),
);
document.getElementById('banner').insertAdjacentHTML('beforeend', banner(openDays.events[0]));
document.getElementById('cards').insertAdjacentHTML('beforeend', articles.slice(0, 3).map(card).join(''));
document.getElementById('form').insertAdjacentHTML('beforeend', form());

const ticking = document.querySelector('.ticking');
const start = Number(ticking.dataset.start);
(function tick() {
  ticking.textContent = countdown(start);
  setTimeout(tick, 1000 - (Date.now() % 1000));
})();
performance.mark('bench-ready');
window.benchReady = performance.now();
dispatchEvent(new Event('bench-ready'));
