/**
 * Run by scripts/check-package.mjs inside a scratch project where the packed campus-widgets is
 * installed: renders each element with @lit-labs/ssr as Astro, Eleventy or a Node server would,
 * and prints the markup by tag as JSON. An exception fails the check.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'campus-widgets/define';

const rendered = {
  'event-banner': await collectResult(render(html`<event-banner endpoint="/api/open-days" lang="en"><p>Open day: Saturday 14 November</p></event-banner>`)),
  'callback-form': await collectResult(
    render(html`<callback-form endpoint="/api/callbacks" privacy-url="/privacy"><option value="big-data-ia">Big Data</option></callback-form>`),
  ),
  'article-card': await collectResult(render(html`<article-card endpoint="/api/articles" index="0"></article-card>`)),
};
console.log(JSON.stringify(rendered));
