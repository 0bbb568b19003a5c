/**
 * `dist/campus-widgets.iife.js`: the entry for pages that can only add a classic
 * `<script src>` (no `type="module"`: older CMS themes, tag managers).
 *
 * It loads `campus-widgets.js` from beside itself with `import()`, which classic scripts may
 * call too, rather than carrying a second build of everything: the page gets the same module,
 * its lazily loaded chunks (dialog, calendar, outbox replay…) and one copy of lit, even when
 * both files end up on one page. A classic script's relative `import()` would resolve against
 * the page, so the URL is made from the script's own.
 */
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) void import(/* @vite-ignore */ new URL('campus-widgets.js', script.src).href);
else console.warn('campus-widgets.iife.js: load it with <script src>, not inline or as a module.');
