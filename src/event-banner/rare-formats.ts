/**
 * What only some open-days payloads need — the schema.org JSON-LD reader, and the statuses
 * (postponed, rescheduled, moved online, cancelled) with their labels — loaded together with
 * `import()` the first time a payload is JSON-LD or names a status (see schema.ts): a page on
 * the native shape with scheduled events never downloads them.
 */
export { readJsonLd } from './json-ld.js';
export { statusLabels, statusOf } from './event-status.js';
