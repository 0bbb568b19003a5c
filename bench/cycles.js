/**
 * Add/remove cycles: each cycle puts a banner, a card and a form in the page, waits until they
 * have rendered their data, and takes them out. `window.runCycles(n)` resolves when done; the
 * bench counts listeners, timers, live elements and heap around it, after garbage collection.
 */
await import('/dist/campus-widgets.js');
const stage = document.getElementById('stage');
const rendered = (el) => el.updateComplete.then(() => !['loading', null].includes(el.getAttribute('state')) || new Promise((resolve) => setTimeout(resolve, 5)).then(() => rendered(el)));

window.runCycles = async (n) => {
  for (let i = 0; i < n; i++) {
    const banner = document.createElement('event-banner');
    banner.setAttribute('endpoint', '/api/open-days');
    banner.setAttribute('dismissible', '');
    const card = document.createElement('article-card');
    card.setAttribute('endpoint', '/api/articles');
    const form = document.createElement('callback-form');
    form.setAttribute('endpoint', '/api/callbacks');
    form.setAttribute('privacy-url', '/confidentialite');
    stage.append(banner, card, form);
    await Promise.all([banner, card, form].map(rendered));
    stage.replaceChildren();
  }
};
window.benchReady = performance.now();
dispatchEvent(new Event('bench-ready'));
