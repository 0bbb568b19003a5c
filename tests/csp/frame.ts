/** What tests/csp/record-violations.js collects in a page under the strict policy. */
export interface CspWindow extends Window {
  __cspViolations: string[];
  __consoleErrors: string[];
}

/** Opens `src` in an iframe of this page (1000 px wide, `height` tall); resolves once it has loaded. */
export function loadPage(src: string, height = 2000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = `${height}px`;
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  frame.src = src;
  document.body.append(frame);
  return loaded;
}
