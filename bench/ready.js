/**
 * Marks `bench-ready` (a user timing the trace shows) once every campus element on the page has
 * left `loading`: the moment the visitor sees the page as it will stay.
 */
const TAGS = 'event-banner, article-card, callback-form';
const settled = () =>
  [...document.querySelectorAll(TAGS)].every((el) => el.hasAttribute('state') && el.getAttribute('state') !== 'loading');

function ready() {
  performance.mark('bench-ready');
  window.benchReady = performance.now();
  dispatchEvent(new Event('bench-ready'));
}

if (settled()) ready();
else {
  const observer = new MutationObserver(() => {
    if (!settled()) return;
    observer.disconnect();
    ready();
  });
  observer.observe(document.body, { subtree: true, attributeFilter: ['state'] });
}
