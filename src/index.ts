/**
 * Side-effect-free exports for bundler users: the element classes, their types and the shared
 * event typings. Nothing here registers a tag; import `campus-widgets/define` (all three) or
 * call `EventBanner.define('my-tag')` yourself.
 */
export { EventBanner, type EventStatus, type OpenDay } from './event-banner/event-banner.js';
export { CallbackForm } from './callback-form/callback-form.js';
export type { CallbackRequest } from './callback-form/request-schema.js';
export { ArticleCard, type Article, type ArticleImage, type ArticleCardVariant } from './article-card/article-card.js';
export { CampusElement, type CampusState } from './internal/campus-element.js';
export type { Locale } from './internal/locale.js';
export type { LoadFailureReason, ValidationIssue } from './internal/load-json.js';
export type * from './events.js';
