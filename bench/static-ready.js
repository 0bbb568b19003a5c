/** A page with nothing to wait for is ready once it has loaded. */
addEventListener('load', () => {
  performance.mark('bench-ready');
  window.benchReady = performance.now();
  dispatchEvent(new Event('bench-ready'));
});
