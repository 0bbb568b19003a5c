// A component of the host page built with its own copy of lit (not campus-widgets' bundled one):
// loading lit-html creates a Trusted Types policy named `lit-html` before campus-widgets does.
import { html, render } from 'lit';

render(html`The page's own lit component`, document.querySelector('#own-component'));
window.__ownLitRendered = true;
