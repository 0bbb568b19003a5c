/**
 * Records every layout shift of layout-shift-page.html from the first paint, with the boxes the
 * elements had before the script defined them and after they rendered their data. Endpoints come
 * from the query (`?open-days=…&articles=…&callbacks=…`); the built bundle loads after the
 * elements are in the page, as it does on a site. The result lands in `window.layoutShiftResult`.
 */
const shifts = [];
new PerformanceObserver((list) => shifts.push(...list.getEntries().filter((entry) => !entry.hadRecentInput))).observe({
  type: 'layout-shift',
  buffered: true,
});

const params = new URLSearchParams(location.search);
const elements = [...document.querySelectorAll('event-banner, article-card, callback-form')];
for (const el of elements) {
  const name = { 'event-banner': 'open-days', 'article-card': 'articles', 'callback-form': 'callbacks' }[el.localName];
  el.setAttribute('endpoint', params.get(name));
}
const boxes = () => elements.map((el) => Math.round(el.getBoundingClientRect().height));
const fallback = document.querySelector('event-banner a').getBoundingClientRect();
const before = { heights: boxes(), fallbackVisible: fallback.width > 0 && fallback.height > 0, below: document.getElementById('below').getBoundingClientRect().top };

await import('/dist/campus-widgets.js');
const settled = () => elements.every((el) => ['ready', 'live'].includes(el.getAttribute('state')));
while (!settled()) await new Promise((resolve) => setTimeout(resolve, 20));
// Images decode and the countdown ticks: give layout a moment to move, if it would.
await new Promise((resolve) => setTimeout(resolve, 600));
await new Promise(requestAnimationFrame);

window.layoutShiftResult = {
  cls: shifts.reduce((sum, entry) => sum + entry.value, 0),
  shifts: shifts.length,
  before,
  after: { heights: boxes(), below: document.getElementById('below').getBoundingClientRect().top },
};
