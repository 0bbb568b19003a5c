/**
 * `?n=` cards reading one `?endpoint=`, `index` spread over `?items=` articles: from insertion
 * until every card has left `loading` (a card may end in `error`, e.g. a timeout on a slow
 * phone: `window.benchStates` counts the states). Marks `bench-ready`; `window.benchScale` holds
 * the time.
 */
await import('/dist/campus-widgets.js');
const params = new URLSearchParams(location.search);
const n = Number(params.get('n'));
const items = Number(params.get('items') ?? 3);
const endpoint = params.get('endpoint') ?? '/api/articles';
const stage = document.getElementById('stage');

performance.mark('bench-start');
const start = performance.now();
const cards = Array.from({ length: n }, (_, i) => {
  const card = document.createElement('article-card');
  card.setAttribute('endpoint', endpoint);
  card.setAttribute('index', String(Math.floor((i * items) / n)));
  card.setAttribute('variant', 'compact');
  return card;
});
stage.append(...cards);
const observer = new MutationObserver(check);
observer.observe(stage, { subtree: true, attributeFilter: ['state'] });
function check() {
  if (cards.some((card) => ['loading', null].includes(card.getAttribute('state')))) return;
  observer.disconnect();
  window.benchStates = {};
  for (const card of cards) window.benchStates[card.getAttribute('state')] = (window.benchStates[card.getAttribute('state')] ?? 0) + 1;
  performance.mark('bench-ready');
  window.benchScale = performance.now() - start;
  window.benchReady = performance.now();
  dispatchEvent(new Event('bench-ready'));
}
check();
