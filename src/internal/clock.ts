import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
  timer = undefined;
  if (listeners.size && !document.hidden) timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function tick(): void {
  const now = Date.now();
  for (const listener of [...listeners]) listener(now);
  schedule();
}

function onVisibilityChange(): void {
  if (document.hidden) schedule();
  else tick();
}

/** Calls `listener` at every second of the wall clock; returns the function that stops it. */
export function onTick(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    document.addEventListener('visibilitychange', onVisibilityChange);
    schedule();
  }
  return () => {
    if (!listeners.delete(listener) || listeners.size) return;
    document.removeEventListener('visibilitychange', onVisibilityChange);
    schedule();
  };
}

/**
 * Re-renders its host at every tick while `wanted()` says so (checked after each render),
 * and never while the host is disconnected. The host reads `Date.now()` when it renders.
 */
export class ClockController implements ReactiveController {
  private stop: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page: time has passed, render it now.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.wanted()) this.stop ??= onTick(() => this.host.requestUpdate());
    else this.hostDisconnected();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
