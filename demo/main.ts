/**
 * The demo page's entry. Order matters: stored widget state is cleared before the elements are
 * defined (they read it when they connect), then the page renders.
 */
import { isPreview } from './fresh-start.js';
import '../src/define.js';
import { DemoPage } from './page.js';

new DemoPage(document.querySelector<HTMLElement>('#app')!, isPreview).start();
