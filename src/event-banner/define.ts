import { EventBanner } from './event-banner.js';

EventBanner.define();
