/** The real timer, captured before a test installs sinon's fake clock. */
const realSetTimeout = globalThis.setTimeout;

/**
 * Polls `predicate` on the real clock: network answers arrive in real time even while a test
 * holds the fake clock (which `waitUntil` from @open-wc would use).
 */
export async function until(predicate: () => unknown, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await predicate())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => realSetTimeout(resolve, 5));
  }
}
