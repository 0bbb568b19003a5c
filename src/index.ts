/**
 * Side-effect-free exports for bundler users: the element classes, their types and the shared
 * event typings. Nothing here registers a tag; import `campus-widgets/define` (all three) or
 * call `EventBanner.define('my-tag')` yourself.
 */
export { EventBanner } from './event-banner/event-banner.js';
export { CallbackForm } from './callback-form/callback-form.js';
export { ArticleCard } from './article-card/article-card.js';
export { CampusElement, type CampusState } from './internal/campus-element.js';
export type { Locale } from './internal/locale.js';
export type { LoadFailureReason } from './internal/load-json.js';
export type * from './events.js';
