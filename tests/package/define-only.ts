/**
 * Type-checked in the scratch project by scripts/check-package.mjs: `campus-widgets/define`
 * alone puts the tags in HTMLElementTagNameMap and the events in GlobalEventHandlersEventMap.
 */
import 'campus-widgets/define';
import { ArticleCard } from 'campus-widgets/article-card';

export const eventId: string | null = document.querySelector('event-banner')!.eventId;
export const privacyUrl: string | null = document.createElement('callback-form').privacyUrl;
export const isCard: boolean = document.querySelector('article-card') instanceof ArticleCard;
document.addEventListener('campus-dismiss', (event) => console.log(event.detail.eventId));
