/**
 * The readers of the payloads a CMS writes — JSON Feed and the WordPress REST API — loaded
 * together with `import()` the first time such a payload comes, with the HTML-to-text converter
 * they share: a site reads one shape, and a page on our own shape never downloads them.
 */
export { readJsonFeed } from './json-feed.js';
export { readWordPress } from './wordpress.js';
