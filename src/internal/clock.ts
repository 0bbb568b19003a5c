/**
 * One ticker for the whole page, aligned to the wall-clock second.
 *
 * Each tick is scheduled for the next whole second of `Date.now()`, so a banner that reads the
 * clock at every tick shows the right second and never drifts, however late a timer fires.
 * It runs only while someone listens and the tab is visible: hidden tabs get no ticks (browsers
 * throttle them anyway), and coming back ticks at once so every countdown catches up.
 */
type Listener = (now: number) => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  clearTimeout(timer);
  if (listeners.size && !document.hidden) timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function tick(): void {
  const now = Date.now();
  for (const listener of listeners) listener(now);
  schedule();
}

const onVisibilityChange = () => (document.hidden ? schedule() : tick());

/** Calls `listener` at every second of the wall clock; returns the function that stops it. */
export function onTick(listener: Listener): () => void {
  listeners.add(listener);
  // The same function is registered once however often this runs; with no listener left it
  // does nothing, so it can stay.
  document.addEventListener('visibilitychange', onVisibilityChange);
  schedule();
  return () => {
    listeners.delete(listener);
    schedule();
  };
}
