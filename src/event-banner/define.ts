/** Registers `<event-banner>` if the tag is still free, and exports its class. */
import { EventBanner } from './event-banner.js';

EventBanner.define();

export { EventBanner };
